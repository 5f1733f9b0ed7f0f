# -o in a folder nobody may write: the old paper stays as it was.
valid_repo
mkdir "$WORK/out"; printf 'the old paper\n' > "$WORK/out/paper.md"; chmod 555 "$WORK/out"
