#!/usr/bin/env bash
# stdout-full.sh PLAN REPO: a paper whose standard output cannot be written
# (/dev/full) exits 3 with the reason. Without /dev/full (some containers)
# the test is skipped (exit 77), saying so, rather than passing unseen.
set -u
plan=$1 repo=$2
if [ ! -w /dev/full ]; then
  echo "SKIPPED: /dev/full is missing or not writable here, so a full device cannot be tried"
  exit 77
fi
err=$(mktemp)
trap 'rm -f "$err"' EXIT
"$plan" report "$repo" --as-of 2017-10-31 --meeting scrutiny >/dev/full 2>"$err"
code=$?
status=0
[ $code = 3 ] || { echo "FAIL: stdout to /dev/full: exit $code, expected 3"; status=1; }
grep -q "No space left on device" "$err" || { echo "FAIL: stdout to /dev/full: $(cat "$err")"; status=1; }
[ $status = 0 ] && echo "report to /dev/full: exit 3 with the reason"
exit $status
