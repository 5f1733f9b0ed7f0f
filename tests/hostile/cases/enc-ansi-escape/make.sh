# ANSI escapes in a note: would recolour or clear a terminal.
valid_repo
edit actions/one.yaml 's/Terms of reference drafted\./\x1b[2J\x1b[31mTerms of reference drafted.\x1b]0;pwned\x07/'
