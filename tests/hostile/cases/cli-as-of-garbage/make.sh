# A nonsense --as-of.
valid_repo
