# The plan lives in a subfolder whose name is git pathspec magic
# (":(exclude)x"): paths are passed literally.
valid_repo
git_repo
commit 2017-08-01 "First"
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 2018-09\n    status: not-started/'
commit 2017-10-01 "Slip NB-4"
mkdir "$REPO/:(exclude)x"; git -C "$REPO" mv plan.yaml actions kpis ":(exclude)x/"; commit 2017-10-02 "Move"
