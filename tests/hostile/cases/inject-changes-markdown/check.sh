# The baseline: the same history with harmless words.
REPO=$WORK/baseline
text_repo "Plain words" "$REPO"
changes_history
run_plan changes "$REPO" --as-of 2017-10-31 --since 2017-09-20 --slippage --format markdown  || die "baseline failed: $(cat "$WORK/run.err")"
same_structure_md "$WORK/run.out" "$STDOUT"
