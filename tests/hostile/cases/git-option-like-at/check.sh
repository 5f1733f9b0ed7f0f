[ ! -e "$WORK/pwned" ] || die "git wrote --output=FILE"
