# An action file committed as a symbolic link to another file in the plan:
# read as its target at that revision, as the working tree reader reads it
# (not skipped in silence), so the commit validates as its checkout does:
# here, the same actions twice.
valid_repo
git_repo
commit 2017-08-01 "First"
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 2018-09\n    status: not-started/'
commit 2017-10-01 "Slip NB-4"
ln -s one.yaml "$REPO/actions/link.yaml"; commit 2017-10-03 "Link"
