# -o names a named pipe nobody reads: the run neither hangs waiting for a
# reader nor replaces the pipe with a file; it fails at once, saying why.
valid_repo
mkdir "$WORK/out"; mkfifo "$WORK/out/paper.md"
