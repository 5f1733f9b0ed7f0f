f=$(ls "$WORK/out")
[ ${#f} = 253 ] || die "out/ holds: $f"
grep -q '^# Progress report' "$WORK/out/$f" || die "the paper was not written"
