#!/usr/bin/env bash
# closed-stdout.sh PLAN
#
# Every command with its standard output a pipe whose reader has gone
# (`plan status | head` once head has exited): the run ends quietly, with
# nothing on stderr but what it prints with a reader, and the exit status
# it has with a reader (docs/commands.md, "Exit codes"). A death by SIGPIPE
# (exit 141, no message) or "could not write to standard output" (exit 3)
# fails. The reader is closed before plan starts, so no run can race it.
set -u
plan=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/closed-stdout.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null LC_ALL=C.UTF-8 TZ=UTC
status=0
fail() { echo "FAIL: $*"; status=1; }

repo=$work/plan
cp -r "$root/examples/leicestershire-2017" "$repo"
git -C "$repo" init -q -b main
git -C "$repo" -c user.name=T -c user.email=t@example.org add -A
GIT_COMMITTER_DATE=2017-06-01T12:00:00Z git -C "$repo" -c user.name=T -c user.email=t@example.org commit -q -m first
perl -0pi -e 's/due: 2017-(\d\d)/due: 2018-$1/g' "$repo"/actions/*.yaml
git -C "$repo" -c user.name=T -c user.email=t@example.org commit -qam later

# Runs ARGS with stdout a pipe nobody reads; prints "EXIT" then stderr.
closed_run() {
  python3 - "$@" <<'PY'
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
p = subprocess.run(sys.argv[1:], stdout=w, stderr=subprocess.PIPE)
sys.stdout.write(f"{p.returncode}\n{p.stderr.decode('utf-8', 'replace')}")
PY
}

check() {  # ARGS...
  local expected actual
  expected=$("$plan" "$@" 2>&1 >/dev/null; echo "exit $?")
  actual=$(closed_run "$plan" "$@" | { read -r code; cat; echo "exit $code"; })
  [ "$expected" = "$actual" ] || fail "plan $*: with a closed pipe: [$actual]; with a reader: [$expected]"
}

a=(--as-of 2017-10-31)
check validate "$repo" "${a[@]}" --format json
check validate "$repo" "${a[@]}" --format github
check validate --list-checks
check status "$repo" "${a[@]}"
check status "$repo" "${a[@]}" --format json
check overdue "$repo" "${a[@]}"
check overdue "$repo" "${a[@]}" --format md
check changes "$repo" "${a[@]}" --since HEAD~1
check changes "$repo" "${a[@]}" --since HEAD~1 --format json
check report "$repo" "${a[@]}" --format md
check report "$repo" "${a[@]}" --format html --slippage
check schema actions
check --help
check --version
check status --help

# A pipe that is read, and a full disk, are still told apart: /dev/full is
# an error, named, exit 3.
"$plan" status "$repo" "${a[@]}" >/dev/full 2>"$work/err"; code=$?
[ $code = 3 ] && grep -q 'could not write to standard output' "$work/err" ||
  fail "status >/dev/full: exit $code, $(cat "$work/err")"
[ $status = 0 ] && echo "PASS: every command ends quietly on a closed pipe"
exit $status
