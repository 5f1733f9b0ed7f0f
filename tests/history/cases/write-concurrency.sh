# Two imports at once into the same KPI file (and a third into another):
# they take turns on the plan's lock, and every figure lands.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
printf 'skip 1\nfields period, value\nkpi timeliness\n' > "$work/t.rules"
for m in 03 04 05 06 07 08; do printf 'Month,Value\n2017-%s,7%s\n' "$m" "${m#0}" > "$work/t$m.csv"; done
pids=()
for m in 03 04 05 06 07 08; do
  "$PLAN" kpi import "$work/t$m.csv" --rules "$work/t.rules" --as-of 2017-09-10 >"$work/out$m" 2>&1 &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || echo "an import failed"; done
cat "$work"/out* | grep -c "1 added, 0 already there"
grep period kpis/timeliness.yaml
test -e .plan.lock && echo "the lock was left behind"
run validate --as-of 2017-09-10
