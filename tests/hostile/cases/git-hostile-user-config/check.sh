ls "$WORK" | grep -q pwned && die "git ran a command from the configuration: $(ls "$WORK" | grep pwned)"
mv "$WORK/home/.gitconfig" "$WORK/gitconfig.off"
run_plan changes "$REPO" --as-of 2017-10-31 --since 2017-09-01 || die "clean run failed"
cmp -s "$WORK/run.out" "$STDOUT" || { diff "$WORK/run.out" "$STDOUT" | head; die "output differs from a run without the configuration"; }
