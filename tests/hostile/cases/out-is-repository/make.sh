# -o names the repository folder.
valid_repo
