# 2,000 block mappings, each indented one more space.
valid_repo
perl -e 'print "actions:\n"; for $i (1..2000) { print " " x $i, "a:\n" }' > "$REPO/actions/deep.yaml"
