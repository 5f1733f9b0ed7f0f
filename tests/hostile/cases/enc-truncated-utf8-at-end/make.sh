# The file ends in the middle of a character.
valid_repo
printf '    success: All good \xe2\x80' >> "$REPO/actions/one.yaml"
