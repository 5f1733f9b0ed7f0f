# $GITHUB_STEP_SUMMARY is /dev/full: the failed write is reported (exit 3),
# not lost in silence.
valid_repo
