# -o names a named pipe another program reads: the paper is written into
# the pipe as it is (the pipe stays a pipe), and the reader gets it whole.
valid_repo
mkdir "$WORK/out"; mkfifo "$WORK/out/paper.md"
# The reader starts now and ends when plan closes the pipe (or after 20 s).
( timeout 20 cat "$WORK/out/paper.md" > "$WORK/received.md" ) >/dev/null 2>&1 &
