#!/usr/bin/env bash
# action.sh PLAN EXAMPLE ACTION_YML
# Runs the shell steps (run: blocks) of the repository's action.yml in order,
# as GitHub would with the inputs given as INPUT_* variables, on the example:
# plan on PATH is used, validate annotates, --strict and fail-if-overdue fail
# the job, and the paper is written where the step's output says.
set -u
plan=$1 example=$2 action=$3
status=0
fail() { echo "FAIL: $*"; status=1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export PATH="$(cd "$(dirname "$plan")" && pwd):$PATH" RUNNER_TEMP=$tmp GITHUB_OUTPUT=$tmp/output \
  GITHUB_PATH=$tmp/path GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY=$tmp/summary

# Each run: | block, one file per step, in order.
awk -v dir="$tmp" '
  /^ *run: \|$/ { n++; indent = -1; file = dir "/step" n ".sh"; inrun = 1; next }
  inrun {
    match($0, /^ */); lead = RLENGTH
    if ($0 != "" && indent < 0) indent = lead
    if ($0 != "" && lead < indent) { inrun = 0; next }
    print substr($0, indent + 1) > file
  }' "$action"
[ "$(ls "$tmp"/step*.sh 2>/dev/null | wc -l)" = 4 ] || { fail "expected 4 shell steps in action.yml"; exit 1; }

steps() {  # run every step with the INPUT_* set; stops at the first that fails
  for s in "$tmp"/step1.sh "$tmp"/step2.sh "$tmp"/step3.sh "$tmp"/step4.sh; do
    bash "$s" >>"$tmp/log" 2>&1 || return 1
  done
}
export INPUT_DEB= PLAN_SOURCE=/nonexistent INPUT_PATH=$example INPUT_STRICT=false INPUT_AS_OF=2017-10-31 \
  INPUT_FAIL_IF_OVERDUE=false INPUT_PAPER=board
steps || fail "the steps failed on the example: $(cat "$tmp/log")"
grep -q "using .*plan" "$tmp/log" || fail "the install step did not use plan on PATH"
file=$(sed -n 's/^file=//p' "$tmp/output")
[ -n "$file" ] && [ -s "$file" ] && grep -q '<html' "$file" || fail "no paper at '$file'"
[ -s "$tmp/summary" ] || fail "validate wrote no job summary"

: >"$tmp/log"; INPUT_PAPER= INPUT_FAIL_IF_OVERDUE=true steps && fail "fail-if-overdue passed on a plan with overdue actions"
grep -q "OVERDUE\|overdue" "$tmp/log" || fail "fail-if-overdue said nothing: $(cat "$tmp/log")"

: >"$tmp/log"; INPUT_PATH=$(dirname "$example")/../tests/fixtures/views-invalid steps && fail "an invalid plan passed"
grep -q '^::error file=' "$tmp/log" || fail "no annotations for an invalid plan: $(cat "$tmp/log")"
exit $status
