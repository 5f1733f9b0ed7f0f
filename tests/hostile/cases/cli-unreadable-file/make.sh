# An action file nobody may read.
valid_repo
chmod 000 "$REPO/actions/one.yaml"
