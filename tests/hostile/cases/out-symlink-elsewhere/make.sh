# -o names a symbolic link to some other file: that file is not written
# through the link (the link itself is replaced by the paper).
valid_repo
mkdir "$WORK/out"; printf 'precious\n' > "$WORK/precious"; ln -s ../precious "$WORK/out/paper.md"
