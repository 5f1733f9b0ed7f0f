# The actions folder cannot be listed: an error, not a plan with no actions.
valid_repo
chmod 000 "$REPO/actions"
