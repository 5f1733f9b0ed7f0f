[ ! -e "$WORK/nowhere" ] || die "something was created at the link's target"
grep -q '^# Progress report' "$WORK/out/paper.md" || die "the paper was not written"
