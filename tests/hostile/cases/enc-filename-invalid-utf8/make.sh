# A file name in Latin-1 (not UTF-8): shown with the byte escaped.
valid_repo
printf 'actions: [1]\n' > "$REPO/actions/"$'caf\xe9.yaml'
