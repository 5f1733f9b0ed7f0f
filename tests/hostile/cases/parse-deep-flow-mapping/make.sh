# 50,000 nested flow mappings ({a: {a: ...}}), never closed.
valid_repo
perl -e 'print "actions: ", "{a: " x 50000, "\n"' > "$REPO/actions/deep.yaml"
