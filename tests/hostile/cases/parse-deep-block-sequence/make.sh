# "- - - - ..." on one line nests a block sequence per dash: 20,000 of them.
valid_repo
perl -e 'print "- " x 20000, "x\n"' > "$REPO/actions/deep.yaml"
