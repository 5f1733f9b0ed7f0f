# -o names a named pipe: the paper is not streamed half into it; the pipe
# is replaced by the finished file (or the run is refused).
valid_repo
mkdir "$WORK/out"; mkfifo "$WORK/out/paper.md"
