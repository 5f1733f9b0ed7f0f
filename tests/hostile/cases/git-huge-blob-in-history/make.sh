# A 9 MB action file committed: refused by size at --at, as in the working tree.
valid_repo
git_repo
commit 2017-08-01 "First"
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 2018-09\n    status: not-started/'
commit 2017-10-01 "Slip NB-4"
perl -e 'print "actions:\n"; print "  # padding padding padding padding padding padding padding padding\n" x 140000' > "$REPO/actions/huge.yaml"; commit 2017-10-03 "Huge"
