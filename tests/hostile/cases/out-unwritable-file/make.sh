# The old paper is read-only but its folder is writable: it is replaced
# whole (by rename), never truncated and half-written.
valid_repo
mkdir "$WORK/out"; chmod 777 "$WORK/out"; printf 'the old paper\n' > "$WORK/out/paper.md"; chmod 444 "$WORK/out/paper.md"
