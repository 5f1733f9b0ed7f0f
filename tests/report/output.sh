#!/usr/bin/env bash
# output.sh PLAN REPO: `plan report -o FILE` writes what standard output
# would, atomically; a failed -o leaves an existing file byte-identical and
# no temporary file behind. (stdout-full.sh: a failed write to standard output.)
set -u
plan=$1 repo=$2
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
args=(--as-of 2017-10-31 --meeting scrutiny)

for format in md html; do
  "$plan" report "$repo" "${args[@]}" --format "$format" >"$tmp/stdout.$format" || fail "stdout $format exited $?"
  "$plan" report "$repo" "${args[@]}" --format "$format" -o "$tmp/paper.$format" >"$tmp/out" 2>&1 || fail "-o $format exited $?"
  cmp -s "$tmp/stdout.$format" "$tmp/paper.$format" || fail "-o $format differs from standard output"
  [ -s "$tmp/out" ] && fail "-o $format printed: $(cat "$tmp/out")"
done
# The format follows the file name when --format is not given.
"$plan" report "$repo" "${args[@]}" -o "$tmp/named.html" || fail "-o named.html exited $?"
cmp -s "$tmp/stdout.html" "$tmp/named.html" || fail "-o x.html did not write HTML"

# A failing -o: the old file stays byte-identical and nothing is left beside it.
mkdir "$tmp/keep"
printf 'the old paper\n' >"$tmp/keep/paper.md"
cp "$tmp/keep/paper.md" "$tmp/expected"
touch "$tmp/keep/not-a-folder"
"$plan" report "$repo" "${args[@]}" -o "$tmp/keep/not-a-folder/paper.md" 2>"$tmp/err"
code=$?
[ $code = 3 ] || fail "-o under a file: exit $code, expected 3"
grep -q "not-a-folder/paper.md" "$tmp/err" || fail "-o under a file: message does not name the path: $(cat "$tmp/err")"
"$plan" report "$repo" "${args[@]}" -o "$tmp/missing/paper.md" 2>"$tmp/err"
code=$?
[ $code = 3 ] || fail "-o in a missing folder: exit $code, expected 3"
grep -q "No such file or directory" "$tmp/err" || fail "-o in a missing folder: no reason given: $(cat "$tmp/err")"
if [ "$(id -u)" != 0 ]; then  # root can write into a read-only folder
  chmod a-w "$tmp/keep"
  "$plan" report "$repo" "${args[@]}" -o "$tmp/keep/paper.md" 2>"$tmp/err"
  code=$?
  chmod u+w "$tmp/keep"
  [ $code = 3 ] || fail "-o in a read-only folder: exit $code, expected 3"
fi
cmp -s "$tmp/expected" "$tmp/keep/paper.md" || fail "the old file changed"
leftover=$(find "$tmp/keep" -name '*.tmp.*')
[ -z "$leftover" ] || fail "temporary files left: $leftover"

[ $status = 0 ] && echo "report -o: all checks passed"
exit $status
