# -o over an existing, longer paper: the result is the new paper exactly
# (no tail of the old one), with the old file's permissions.
valid_repo
mkdir "$WORK/out"; perl -e 'print "old paper line\n" x 100000' > "$WORK/out/paper.md"; chmod 640 "$WORK/out/paper.md"
