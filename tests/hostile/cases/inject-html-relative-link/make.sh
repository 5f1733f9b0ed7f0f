# A relative link (to a file next to the paper).
text_repo \[minutes\]\(../../etc/passwd\)
