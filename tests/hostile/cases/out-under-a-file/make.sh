# -o "under" a regular file.
valid_repo
touch "$WORK/file"
