text_repo "Plain words" "$WORK/baseline"
perl -0pi -e 's/(  - id: T-2\n)/$1    exempt: true\n/' "$WORK/baseline/actions/all.yaml"
run_plan report "$WORK/baseline" --as-of 2017-10-31 --include-exempt --sections appendix,inspection,coverage,kpis,exceptions,progress --format html || die "baseline failed: $(cat "$WORK/run.err")"
safe_html "$WORK/run.out" "$STDOUT"
