[ -p "$WORK/out/paper.md" ] || die "the named pipe was replaced"
for _ in $(seq 50); do grep -q '^# Progress report' "$WORK/received.md" 2>/dev/null && break; sleep 0.1; done
grep -q '^# Progress report' "$WORK/received.md" || die "the reader did not get the paper"
