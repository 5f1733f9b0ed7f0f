# A Markdown image: a tracking pixel the paper must not load.
text_repo \!\[tracker\]\(https://tracker.example/pixel.png\)
