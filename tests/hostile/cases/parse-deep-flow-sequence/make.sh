# 100,000 nested flow sequences: refused at depth 32, without recursion.
valid_repo
perl -e 'print "actions: ", "[" x 100000, "]" x 100000, "\n"' > "$REPO/actions/deep.yaml"
