# A vbscript: link.
text_repo \[open\]\(vbscript:msgbox\(1\)\)
