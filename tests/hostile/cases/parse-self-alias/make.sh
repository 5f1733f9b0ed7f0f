# An alias inside its own anchor: &a [*a] (a walk of it would never end).
valid_repo
printf 'actions: &a [*a]\n' > "$REPO/actions/loop.yaml"
