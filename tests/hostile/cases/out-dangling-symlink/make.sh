# -o names a dangling symbolic link: nothing is created at the link's target.
valid_repo
mkdir "$WORK/out"; ln -s ../nowhere/else.md "$WORK/out/paper.md"
