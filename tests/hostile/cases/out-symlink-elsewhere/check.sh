[ "$(cat "$WORK/precious")" = precious ] || die "the link's target was overwritten"
[ -f "$WORK/out/paper.md" ] && [ ! -L "$WORK/out/paper.md" ] || die "out/paper.md is not a regular file"
grep -q '^# Progress report' "$WORK/out/paper.md" || die "the paper was not written"
