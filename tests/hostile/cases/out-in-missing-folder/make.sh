# -o in a folder that does not exist.
valid_repo
