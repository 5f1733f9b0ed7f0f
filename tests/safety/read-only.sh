#!/usr/bin/env bash
# read-only.sh PLAN [TIMEOUT]
#
# Runs the end-to-end suite (tests/e2e, which reads the fixtures in place)
# and the hostile suite (tests/hostile) on a read-only copy of the fixtures,
# the example and the cases, then checks that not one byte of them changed:
# plan never writes to, touches or leaves anything in its inputs.
#
# The copy is made read-only by a read-only bind mount in a private mount
# namespace when that is possible (it binds root too), else by permissions
# (which bind everyone but root; as root without namespaces the checksums
# alone are the test). The original tree is checksummed before and after too.
set -u
plan=$1
limit=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

checksums() {  # DIR...: a checksum of every file, and every link's target
  local d
  for d in "$@"; do
    (cd "$d" && find . -type f -print0 | sort -z | xargs -0r cksum; find . -type l -printf '%p -> %l\n' | sort)
  done
}

if [ "${3:-}" = --inside ] || [ "${3:-}" = --run ]; then
  copy=$4
  if [ "$3" = --inside ]; then
    # In a private mount namespace: bind the copy read-only onto itself.
    mount --bind "$copy" "$copy" && mount -o remount,bind,ro "$copy" || { echo "read-only.sh: bind mount failed"; exit 2; }
    touch "$copy/probe" 2>/dev/null && { echo "read-only.sh: the copy is still writable"; exit 2; }
    echo "read-only.sh: the copy is mounted read-only"
  fi
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/read-only.XXXXXX")
  trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
  copy=$work/src
  mkdir -p "$copy/tests"
  cp -a "$root/examples" "$copy/"
  cp -a "$root/tests/fixtures" "$root/tests/e2e" "$root/tests/hostile" "$copy/tests/"
  original_before=$(checksums "$root/examples" "$root/tests/fixtures" "$root/tests/e2e" "$root/tests/hostile" | cksum)
  checksums "$copy" > "$work/before"
  if unshare -m true 2>/dev/null; then
    unshare -m "$0" "$plan" "$limit" --inside "$copy"
    code=$?
  elif unshare -rm true 2>/dev/null && [ "$(id -u)" != 0 ]; then
    unshare -rm "$0" "$plan" "$limit" --inside "$copy"
    code=$?
  else
    chmod -R a-w "$copy"
    echo "read-only.sh: no private mount namespace; the copy is read-only by permissions$([ "$(id -u)" = 0 ] && echo ", which root ignores: the checksums are the test")"
    "$0" "$plan" "$limit" --run "$copy"
    code=$?
  fi
  checksums "$copy" > "$work/after"
  status=0
  if [ "$code" != 0 ]; then echo "FAIL: the suites failed on the read-only copy (exit $code)"; status=1; fi
  if ! cmp -s "$work/before" "$work/after"; then
    echo "FAIL: files in the read-only copy changed:"; diff "$work/before" "$work/after" | head -n 20; status=1
  fi
  original_after=$(checksums "$root/examples" "$root/tests/fixtures" "$root/tests/e2e" "$root/tests/hostile" | cksum)
  [ "$original_before" = "$original_after" ] || { echo "FAIL: the original fixtures changed during the run"; status=1; }
  [ $status = 0 ] && echo "read-only: e2e and hostile suites pass on a read-only copy, and no input changed"
  exit $status
fi

# Run both suites from the copy.
status=0
export plan copy
find "$copy/tests/e2e" -mindepth 3 -maxdepth 3 -name args -print0 | sort -z | xargs -0 -P 2 -I{} bash -c '
  case_dir=$(dirname "$1")
  if ! out=$("$copy/tests/e2e/run-case" "$plan" "$case_dir" 2>&1); then
    printf "FAIL e2e %s:\n%s\n" "${case_dir#"$copy/tests/e2e/"}" "$(head -n 20 <<<"$out")"
  else echo PASS; fi' _ {} > "$copy.e2e.log"
e2e_pass=$(grep -c '^PASS$' "$copy.e2e.log")
grep -q '^FAIL' "$copy.e2e.log" && { grep -v '^PASS$' "$copy.e2e.log"; status=1; }
rm -f "$copy.e2e.log"
echo "e2e on the read-only copy: $e2e_pass passed"
"$copy/tests/hostile/run-all" --cases "$copy/tests/hostile/cases" "$plan" "$limit" > "$copy.hostile.log" 2>&1 || status=1
if [ $status = 0 ]; then tail -n 2 "$copy.hostile.log"; else cat "$copy.hostile.log"; fi
rm -f "$copy.hostile.log"
exit $status
