# $GITHUB_STEP_SUMMARY names a named pipe nobody reads: no hang waiting for
# a reader; the run fails at once, saying why.
valid_repo
mkfifo "$WORK/summary"
