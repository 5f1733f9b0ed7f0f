[ -p "$WORK/out/paper.md" ] || die "the named pipe was replaced"
[ "$(ls -A "$WORK/out")" = paper.md ] || die "files left in out/: $(ls -A "$WORK/out")"
