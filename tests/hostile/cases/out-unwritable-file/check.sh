grep -q '^# Progress report' "$WORK/out/paper.md" || die "the paper was not written whole"
[ "$(ls -A "$WORK/out")" = paper.md ] || die "files left in out/: $(ls -A "$WORK/out")"
