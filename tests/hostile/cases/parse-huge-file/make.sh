# A 9 MB action file: refused by size before any parsing.
valid_repo
perl -e 'print "actions:\n"; print "  # padding padding padding padding padding padding padding padding\n" x 140000' > "$REPO/actions/huge.yaml"
