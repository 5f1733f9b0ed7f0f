# -o names a symbolic link to a character device: the paper goes to the
# device through the link; neither the link nor the device is replaced.
valid_repo
mkdir "$WORK/out" "$WORK/dev"; mknod "$WORK/dev/null" c 1 3; ln -s ../dev/null "$WORK/out/paper.md"
