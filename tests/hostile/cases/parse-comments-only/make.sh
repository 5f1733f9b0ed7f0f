# An action file of comments only.
valid_repo
printf '# nothing here yet\n# still nothing\n' > "$REPO/actions/one.yaml"
