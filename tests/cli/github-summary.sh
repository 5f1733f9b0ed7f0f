#!/usr/bin/env bash
# Under GitHub Actions, validate writes annotations to stdout and appends a
# Markdown table of every finding to $GITHUB_STEP_SUMMARY.
set -u
plan=$1
tests=$(cd "$(dirname "$0")/.." && pwd)
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
echo "earlier step" > "$summary"
out=$(cd "$tests" && GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY="$summary" "$plan" validate fixtures/broken/coverage --as-of 2017-10-31 2>/dev/null)
code=$?
fail=0
[ "$code" = 1 ] || { echo "expected exit 1, got $code"; fail=1; }
echo "$out" | grep -q '^::error file=fixtures/broken/coverage/plan.yaml,line=' || { echo "no ::error annotation in: $out"; fail=1; }
head -n 1 "$summary" | grep -q '^earlier step$' || { echo "the summary was overwritten, not appended to"; fail=1; }
grep -q '^| Where | Severity | Check | Finding |$' "$summary" || { echo "no findings table in the summary"; fail=1; }
grep -q '| coverage |' "$summary" || { echo "the coverage finding is not in the summary"; fail=1; }
exit $fail
