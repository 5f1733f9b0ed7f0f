# A named pipe where an action file should be: reading it would block for
# ever; it is refused at once.
valid_repo
mkfifo "$REPO/actions/fifo.yaml"
