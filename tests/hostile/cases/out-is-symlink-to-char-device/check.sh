[ -L "$WORK/out/paper.md" ] || die "the link was replaced"
[ -c "$WORK/dev/null" ] || die "the device was replaced: $(ls -l "$WORK/dev/null")"
