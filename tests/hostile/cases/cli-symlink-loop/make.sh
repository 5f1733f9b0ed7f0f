# Two links pointing at each other.
valid_repo
ln -s b.yaml "$REPO/actions/a.yaml"; ln -s a.yaml "$REPO/actions/b.yaml"
