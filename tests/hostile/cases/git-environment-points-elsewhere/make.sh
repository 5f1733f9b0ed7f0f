# GIT_DIR and GIT_WORK_TREE in the environment point at another repository:
# plan reads the plan's own repository.
valid_repo
git_repo
commit 2017-08-01 "First"
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 2018-09\n    status: not-started/'
commit 2017-10-01 "Slip NB-4"
valid_repo "$WORK/other"; git_repo "$WORK/other"; commit 2017-08-01 "Other" "$WORK/other"
