# A folder called "--version=x" given without "--": a usage error, not a
# silent run of something else.
valid_repo "$WORK/--version=x"
