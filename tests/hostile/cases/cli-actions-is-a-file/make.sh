# "actions" is a file, not a folder.
valid_repo
rm -rf "$REPO/actions"; printf 'actions: []\n' > "$REPO/actions"
