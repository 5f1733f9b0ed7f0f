[ -p "$WORK/summary" ] || die "the named pipe was replaced"
