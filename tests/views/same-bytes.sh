#!/usr/bin/env bash
# same-bytes.sh PLAN
# The same plan and as-of date give the same bytes: every format of plan
# status, plan overdue and plan validate is run twice in the same place, once
# from another working directory, and once in another time zone and locale
# (TZ=Pacific/Auckland LC_ALL=C), and stdout, stderr and the exit code must be
# identical each time. Repositories are named by absolute path, so that file
# names in messages do not depend on the working directory.
set -u
plan=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tests=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# repository|as-of|extra options for the views (e.g. --force for an invalid plan)
repos=(
  "$tests/../examples/leicestershire-2017|2017-10-31|"
  "$tests/fixtures/views-a-plan-nobody-tuned-for|2013-12-17|"
  "$tests/fixtures/views-steps|2017-10-31|"
  "$tests/fixtures/views-kpi-trend|2017-10-31|"
  "$tests/fixtures/views-kpi-stale|2017-12-01|"
  "$tests/fixtures/views-invalid|2017-10-31|--force"
)

# run DIR TZ LC OUT ARGS...: runs plan in a clean environment, writes OUT.{out,err,exit}
run() {
  local dir=$1 tz=$2 lc=$3 out=$4
  shift 4
  (cd "$dir" && env -i PATH="$PATH" HOME="$work" TZ="$tz" LC_ALL="$lc" "$plan" "$@" >"$out.out" 2>"$out.err" </dev/null
   echo $? >"$out.exit")
}

failures=0 runs=0
for entry in "${repos[@]}"; do
  IFS='|' read -r repo as_of extra <<<"$entry"
  repo=$(cd "$repo" && pwd)
  name=$(basename "$repo")
  variants=()
  for format in text json markdown; do
    variants+=("status|--format $format $extra")
    variants+=("overdue|--format $format $extra")
  done
  variants+=("status|--color always --width 80 $extra" "status|--within 12w --quiet-after 4w --format json $extra")
  variants+=("overdue|--by lead --within 12w $extra" "overdue|--by recommendation --format json $extra"
             "overdue|--by theme --format markdown --fail-if-any $extra" "overdue|--color always $extra")
  for format in text json github gitlab; do variants+=("validate|--format $format"); done
  for v in "${variants[@]}"; do
    IFS='|' read -r cmd opts <<<"$v"
    # shellcheck disable=SC2206
    args=("$cmd" "$repo" --as-of "$as_of" $opts)
    base="$work/base"
    run "$tests" UTC C.UTF-8 "$base" "${args[@]}"
    for other in again elsewhere zone; do
      case $other in
        again) run "$tests" UTC C.UTF-8 "$work/$other" "${args[@]}" ;;
        elsewhere) run / UTC C.UTF-8 "$work/$other" "${args[@]}" ;;
        zone) run "$work" Pacific/Auckland C "$work/$other" "${args[@]}" ;;
      esac
      runs=$((runs + 1))
      for s in out err exit; do
        if ! cmp -s "$base.$s" "$work/$other.$s"; then
          echo "DIFFERENT ($other, std$s): plan ${args[*]}"
          diff -u "$base.$s" "$work/$other.$s" | head -20
          failures=$((failures + 1))
        fi
      done
    done
    if [ ! -s "$base.out" ] && [ ! -s "$base.err" ]; then
      echo "NO OUTPUT: plan ${args[*]}"; failures=$((failures + 1))
    fi
  done
  echo "$name: ${#variants[@]} commands compared"
done
echo "$runs comparisons, $failures differences"
[ "$failures" = 0 ]
