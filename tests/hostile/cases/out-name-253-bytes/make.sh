# -o names a file of 253 bytes (the most a name may have is 255): the
# temporary file beside it cannot be "<name>.tmp.XXXXXX", which would be
# too long, so it gets a short name; the paper is written.
valid_repo
mkdir "$WORK/out"
