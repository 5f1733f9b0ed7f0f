# --as-of 9999-12-31 is refused with the range plan accepts.
valid_repo
