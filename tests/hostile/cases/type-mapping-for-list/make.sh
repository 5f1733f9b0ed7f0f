# actions: {id: NB-1} (a mapping where the list of actions should be).
valid_repo
printf 'actions: {id: NB-1, title: One}\n' > "$REPO/actions/one.yaml"
