# A Markdown image: a tracking pixel.
text_repo \!\[tracker\]\(https://tracker.example/pixel.png\)
