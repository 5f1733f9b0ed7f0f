[ ! -e "$WORK/pwned" ] && [ ! -e "$REPO/pwned" ] || die "a file name was run as a command"
