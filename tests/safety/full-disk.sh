#!/usr/bin/env bash
# full-disk.sh PLAN
#
# `plan report -o` onto a full file system (a 64 KiB tmpfs mounted in a
# private mount namespace, so nothing outside the test sees it): the run
# fails with exit 3 and "No space left on device", the old paper stays
# byte-identical, and no temporary file is left. Then, with room again, the
# same command replaces the paper whole. Skips (77) when no private mount
# can be made (no root and no user namespaces).
set -u
plan=$1
if [ "${2:-}" != --inside ]; then
  if unshare -m true 2>/dev/null; then exec unshare -m "$0" "$plan" --inside
  elif unshare -rm true 2>/dev/null; then exec unshare -rm "$0" "$plan" --inside
  fi
  echo "SKIP: cannot make a private mount namespace (unshare -m / -rm)"
  exit 77
fi

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/full-disk.XXXXXX")
full=$work/full
mkdir "$full"
trap 'umount "$full" 2>/dev/null; rm -rf "$work"' EXIT
mount -t tmpfs -o size=64k tmpfs "$full" || { echo "SKIP: cannot mount a tmpfs"; exit 77; }
export LC_ALL=C.UTF-8 TZ=UTC
status=0
fail() { echo "FAIL: $*"; status=1; }

args=(report "$root/tests/fixtures/valid" --as-of 2017-10-31 --format md)
"$plan" "${args[@]}" > "$work/new.md" || { echo "FAIL: the reference run failed"; exit 1; }
printf 'the old paper\n' > "$full/paper.md"
cp "$full/paper.md" "$work/old.md"
# Fill the disk, leaving less room than the paper needs.
head -c $((64 * 1024)) /dev/zero > "$full/filler" 2>/dev/null
rm -f "$full/filler"
head -c $((64 * 1024 - 4096 - $(wc -c < "$work/new.md") / 2)) /dev/zero > "$full/filler" 2>/dev/null

"$plan" "${args[@]}" -o "$full/paper.md" > "$work/out" 2> "$work/err"
code=$?
[ $code = 3 ] || fail "exit $code on a full disk, expected 3"
grep -q "No space left on device" "$work/err" || fail "the message does not give the reason: $(cat "$work/err")"
grep -q "paper.md" "$work/err" || fail "the message does not name the paper: $(cat "$work/err")"
cmp -s "$full/paper.md" "$work/old.md" || fail "the old paper changed"
left=$(ls -A "$full" | grep -v -e '^paper\.md$' -e '^filler$')
[ -z "$left" ] || fail "files left on the full disk: $left"

# With room again, the paper is replaced whole.
rm -f "$full/filler"
"$plan" "${args[@]}" -o "$full/paper.md" 2> "$work/err" || fail "exit $? with room on the disk: $(cat "$work/err")"
cmp -s "$full/paper.md" "$work/new.md" || fail "the paper written with room is not the full paper"

[ $status = 0 ] && echo "full disk: exit 3 with the reason, old paper kept, nothing left behind; with room, replaced whole"
exit $status
