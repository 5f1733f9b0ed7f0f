[ -L /dev/stdout ] || die "/dev/stdout is no longer a link"
