# A link to a file that does not exist.
valid_repo
ln -s missing.yaml "$REPO/actions/gone.yaml"
