# A 2,000-character --as-of.
valid_repo
