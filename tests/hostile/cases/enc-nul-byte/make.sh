# A NUL byte inside a note.
valid_repo
edit actions/one.yaml 's/Terms of reference drafted\./Terms of reference\x00 drafted./'
