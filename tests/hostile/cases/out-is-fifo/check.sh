grep -q '^# Progress report' "$WORK/out/paper.md" || die "the paper was not written"
