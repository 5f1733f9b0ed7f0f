# A link to /dev/zero, an endless file: refused, not read until memory runs out.
valid_repo
ln -s /dev/zero "$REPO/actions/zero.yaml"
