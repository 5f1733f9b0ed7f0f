# Inline HTML with an event handler.
text_repo \<img\ src=x\ onerror=alert\(1\)\>\ \<b\>bold\</b\>
