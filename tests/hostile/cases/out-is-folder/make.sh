# -o names an existing folder.
valid_repo
