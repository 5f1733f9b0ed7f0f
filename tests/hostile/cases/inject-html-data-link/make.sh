# A data: URL link that would open a page of its own.
text_repo \[open\]\(data:text/html\;base64\,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\)
