#!/usr/bin/env bash
# schema-write.sh PLAN SCHEMAS_DIR VERSION
# plan schema --write DIR writes every schema, byte for byte as schemas/ holds
# them, each with a $id naming this release's MAJOR.MINOR; replaces older
# copies; refuses (exit 2, nothing written) a symbolic link or folder in the
# way, and a DIR that is a file.
set -u
plan=$1 schemas=$2 version=$3
status=0
fail() { echo "FAIL: $*"; status=1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
minor=${version%.*}

"$plan" schema --write "$tmp/new/schemas" >"$tmp/out" || fail "--write into a new folder exited $?"
for n in plan actions kpi; do
  cmp -s "$schemas/$n.schema.json" "$tmp/new/schemas/$n.schema.json" || fail "$n.schema.json differs from schemas/"
  grep -q "^  \"\\\$id\": \"https://plan.example/schemas/$minor/$n.schema.json\",$" "$schemas/$n.schema.json" ||
    fail "$n.schema.json has no \$id for $minor"
done
[ "$(wc -l <"$tmp/out")" = 3 ] || fail "--write did not list the three files: $(cat "$tmp/out")"

echo old > "$tmp/new/schemas/kpi.schema.json"
"$plan" schema --write "$tmp/new/schemas" >/dev/null || fail "--write over older copies exited $?"
cmp -s "$schemas/kpi.schema.json" "$tmp/new/schemas/kpi.schema.json" || fail "an older copy was not replaced"

mkdir "$tmp/link" && echo precious > "$tmp/precious" && ln -s "$tmp/precious" "$tmp/link/plan.schema.json"
"$plan" schema --write "$tmp/link" 2>"$tmp/err" >/dev/null; code=$?
[ $code = 2 ] || fail "a symbolic link in the way: exit $code"
grep -q "not a regular file" "$tmp/err" || fail "a symbolic link in the way: $(cat "$tmp/err")"
[ "$(cat "$tmp/precious")" = precious ] || fail "the link's target was written"
[ -z "$(ls "$tmp/link" | grep -v plan.schema.json)" ] || fail "something was written beside the link: $(ls "$tmp/link")"

mkdir -p "$tmp/dir/actions.schema.json"
"$plan" schema --write "$tmp/dir" >/dev/null 2>&1; [ $? = 2 ] || fail "a folder in the way is not refused"
[ ! -e "$tmp/dir/plan.schema.json" ] || fail "plan.schema.json was written though actions.schema.json was in the way"

touch "$tmp/file"
"$plan" schema --write "$tmp/file" >/dev/null 2>&1; [ $? = 2 ] || fail "a file as DIR is not refused"
"$plan" schema kpi --write "$tmp/x" >/dev/null 2>&1; [ $? = 2 ] || fail "NAME with --write is not refused"
exit $status
