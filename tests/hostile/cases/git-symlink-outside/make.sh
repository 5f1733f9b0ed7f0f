# A committed link to a file outside the plan's folder: a revision does not
# hold it, and the working tree does not read it either; both say so.
valid_repo
git_repo
ln -s /etc/passwd "$REPO/actions/passwd.yaml"; commit 2017-10-03 "Link out"
