# -o names a hard link to an action file.
valid_repo
ln "$REPO/actions/one.yaml" "$WORK/paper.md"
