# plan changes in a shallow clone (the default on CI runners): said, not
# reported as "no changes".
valid_repo "$WORK/origin"
git_repo "$WORK/origin"
commit 2017-08-01 "First" "$WORK/origin"
perl -0pi -e 's/due: 2018-06\n    status: not-started/due: 2018-09\n    status: not-started/' "$WORK/origin/actions/one.yaml"
commit 2017-10-01 "Slip NB-4" "$WORK/origin"
git clone -q --depth 1 "file://$WORK/origin" "$REPO"
