# -o /dev/full as an ordinary user: the temporary file cannot be made
# beside it, so the run fails with the reason, and /dev is untouched.
valid_repo
