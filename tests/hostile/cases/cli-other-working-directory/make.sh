# Run from inside the plan's own folders, naming it as ../..
valid_repo
mkdir -p "$REPO/actions/sub"
