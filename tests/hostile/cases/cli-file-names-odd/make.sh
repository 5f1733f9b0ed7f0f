# Spaces, quotes, shell syntax, glob characters and Unicode in file names:
# each read and named as it is, nothing run.
valid_repo
printf 'actions: {}\n' > "$REPO/actions/a b \$(touch pwned) ;\`x\`.yaml"
printf 'actions: {}\n' > "$REPO/actions/quote'\"*?[].yaml"
printf 'actions: {}\n' > "$REPO/actions/日本語 ünïcödé.yml"
