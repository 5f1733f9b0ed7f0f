#!/usr/bin/env bash
# out-of-memory.sh PLAN
#
# Under a memory limit (ulimit -v) too small for a large plan, reading it
# fails with "out of memory" and exit 3, whether the file that could not be
# read was on this thread or on one of the reader threads (16 files: read
# on every core). std::bad_alloc on a reader thread used to end the process
# by std::terminate (SIGABRT, no message). Limits from 60 MB to 150 MB are
# is tried, so that the failure falls in each place it can.
set -u
plan=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/out-of-memory.XXXXXX")
trap 'rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
status=0
fail() { echo "FAIL: $*"; status=1; }

repo=$work/plan
cp -r "$root/examples/leicestershire-2017" "$repo"
python3 - "$repo/actions" <<'PY'
import sys
for f in range(16):
    with open(f"{sys.argv[1]}/big{f}.yaml", "w") as o:
        o.write("actions:\n")
        for i in range(3000):
            o.write(f"  - id: Z{f}-{i}\n    title: \"Action {i}, a title long enough to take some room\"\n"
                    f"    lead: Someone\n    due: 2018-01-01\n    status: not-started\n    recommendations: [1]\n")
PY
for limit in 60000 80000 100000 150000; do
  (ulimit -v $limit && exec "$plan" validate "$repo" --as-of 2017-10-31 >/dev/null 2>"$work/err"); code=$?
  case $code in
    1) ;;  # read in full: the findings (every big action lacks a theme)
    3) grep -q '^plan: out of memory' "$work/err" || fail "limit $limit KiB: exit 3 without 'out of memory': $(head -c 300 "$work/err")" ;;
    *) fail "limit $limit KiB: exit $code: $(head -c 300 "$work/err")" ;;
  esac
  if grep -q 'internal error\|terminate called' "$work/err"; then fail "limit $limit KiB: $(head -c 300 "$work/err")"; fi
done
[ $status = 0 ] && echo "PASS: out of memory is exit 3 with a message, on every thread"
exit $status
