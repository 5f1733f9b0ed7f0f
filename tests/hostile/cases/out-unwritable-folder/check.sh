[ "$(cat "$WORK/out/paper.md")" = "the old paper" ] || die "the old paper changed"
[ "$(ls -A "$WORK/out")" = paper.md ] || die "files left in out/: $(ls -A "$WORK/out")"
