# -o names a character device (a null device made here, as /dev/null is as
# root): the paper is written to it; the device is not replaced by a file.
valid_repo
mkdir "$WORK/out"; mknod "$WORK/out/null" c 1 3
