# An <img> with an onerror handler in every text field.
text_repo \<img\ src=x\ onerror=alert\(1\)\>
