[ -c "$WORK/out/null" ] || die "the device was replaced: $(ls -l "$WORK/out/null")"
[ "$(ls -A "$WORK/out")" = null ] || die "files left in out/: $(ls -A "$WORK/out")"
