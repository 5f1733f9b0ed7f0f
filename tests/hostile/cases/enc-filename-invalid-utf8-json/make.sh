# A Latin-1 file name in --format json: valid JSON out (no exception from
# the JSON writer on invalid UTF-8).
valid_repo
printf 'actions: [1]\n' > "$REPO/actions/"$'caf\xe9.yaml'
