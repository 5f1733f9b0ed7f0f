[ ! -e "$WORK/pwned" ] || die "a command in a revision was run"
