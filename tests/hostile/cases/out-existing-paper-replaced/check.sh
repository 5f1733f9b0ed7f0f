run_plan report "$REPO" --as-of 2017-10-31 --format md || die "stdout run failed"
cmp -s "$WORK/run.out" "$WORK/out/paper.md" || die "-o wrote something other than what stdout gets"
[ "$(stat -c %a "$WORK/out/paper.md")" = 640 ] || die "permissions changed to $(stat -c %a "$WORK/out/paper.md")"
