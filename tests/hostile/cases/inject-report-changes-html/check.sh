# The baseline: the same history with harmless words.
REPO=$WORK/baseline
text_repo "Plain words" "$REPO"
git_repo
commit 2017-09-20 "Before the meeting"
perl -0pi -e 's/due: 2017-11-15/due: 2018-01-15/; s/(        note: )(.*)\n(  - id: T-4)/$1$2\n      - date: 2017-10-20\n        rag: red\n        note: $2\n$3/' "$REPO/actions/all.yaml"
commit 2017-10-25 "After the meeting"
run_plan report "$REPO" --as-of 2017-10-31 --meeting board --format html  || die "baseline failed: $(cat "$WORK/run.err")"
safe_html "$WORK/run.out" "$STDOUT"
