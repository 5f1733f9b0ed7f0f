# The paper does not fit under `ulimit -f`: the write fails with a
# message, the old paper stays byte-identical, no temporary file is left.
# (SIGXFSZ kills a process that does not ignore it, leaving the temporary
# file behind.)
valid_repo
mkdir "$WORK/out"; printf 'the old paper\n' > "$WORK/out/paper.md"
