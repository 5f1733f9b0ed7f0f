#!/usr/bin/env bash
# determinism.sh PLAN
#
# The same plan gives the same bytes, whatever else changes:
#   - run twice;
#   - every file converted to CRLF line endings;
#   - every file starting with a UTF-8 byte order mark;
#   - another locale (every one installed, and one that is not: LANG set to
#     a locale that does not exist must not crash or change anything);
#   - another time zone (UTC+14 and UTC-12: the as-of date is given, and
#     git commit dates are read in UTC);
#   - another working directory (the repository named by an absolute path
#     from /, and found upwards from inside actions/).
# for validate (JSON, on a plan with findings), status, overdue, report
# (Markdown and HTML) and changes (text and JSON, from git history).
set -u
plan=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/determinism.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
status=0
fail() { echo "FAIL: $*"; status=1; }

# The example with history: two commits, the second moving due dates later.
make_repo() {  # DIR
  local d=$1
  cp -r "$root/examples/leicestershire-2017" "$d"
  if command -v git >/dev/null 2>&1; then
    git -C "$d" init -q -b main
    git -C "$d" -c user.name=T -c user.email=t@example.org add -A
    GIT_AUTHOR_DATE=2017-06-01T23:30:00Z GIT_COMMITTER_DATE=2017-06-01T23:30:00Z \
      git -C "$d" -c user.name=T -c user.email=t@example.org commit -q -m first
    perl -0pi -e 's/due: 2017-(\d\d)/due: 2018-$1/g' "$d"/actions/*.yaml
    git -C "$d" -c user.name=T -c user.email=t@example.org add -A
    GIT_AUTHOR_DATE=2017-09-30T23:30:00Z GIT_COMMITTER_DATE=2017-09-30T23:30:00Z \
      git -C "$d" -c user.name=T -c user.email=t@example.org commit -q -m later
  fi
}
# A copy of a broken fixture for validate's findings.
broken=$root/tests/fixtures/broken/several
[ -d "$broken" ] || broken=$root/tests/fixtures/broken/duplicate-key

# outputs REPO_ARG BROKEN_ARG OUT_DIR [env...]: every command's stdout and
# exit code into OUT_DIR. Run from the current directory.
outputs() {
  local repo=$1 bad=$2 out=$3; shift 3
  mkdir -p "$out"
  local -a cmds=(
    "validate|validate $bad --as-of 2017-10-31 --format json"
    "status|status $repo --as-of 2017-10-31"
    "status-json|status $repo --as-of 2017-10-31 --format json"
    "status-md|status $repo --as-of 2017-10-31 --format markdown"
    "overdue|overdue $repo --as-of 2017-10-31 --by lead"
    "report-md|report $repo --as-of 2017-10-31 --format md"
    "report-html|report $repo --as-of 2017-10-31 --format html"
    "changes|changes $repo --as-of 2017-10-31 --since 2017-06-01 --slippage"
    "changes-json|changes $repo --as-of 2017-10-31 --since 2017-06-01 --format json"
  )
  local c name args
  for c in "${cmds[@]}"; do
    name=${c%%|*}; args=${c#*|}
    # shellcheck disable=SC2086
    env -i PATH="$PATH" HOME="$work" "$@" "$plan" $args > "$out/$name" 2> "$out/$name.err"
    echo "exit $?" >> "$out/$name"
  done
}
# same BASE OTHER WHAT: every output of OTHER equals BASE's.
same() {
  local f
  for f in "$1"/*; do
    case $f in *.err) continue ;; esac
    cmp -s "$f" "$2/$(basename "$f")" || {
      fail "$3: $(basename "$f") differs"
      diff "$f" "$2/$(basename "$f")" | head -n 6 | sed 's/^/    /'
    }
  done
}

base_env=(LC_ALL=C.UTF-8 TZ=UTC)
make_repo "$work/repo"
cp -r "$broken" "$work/bad"
cd "$work" || exit 1
outputs repo bad "$work/base" "${base_env[@]}"
grep -q '^exit 0$' "$work/base/report-md" || fail "the base report run failed: $(cat "$work/base/report-md.err")"

outputs repo bad "$work/again" "${base_env[@]}"
same "$work/base" "$work/again" "a second run"

# CRLF and BOM: the working tree's files only (history stays as committed).
for variant in crlf bom; do
  rm -rf "$work/$variant"; mkdir "$work/$variant"
  cp -r "$work/repo" "$work/$variant/repo"; cp -r "$work/bad" "$work/$variant/bad"
  while IFS= read -r -d '' f; do
    if [ $variant = crlf ]; then perl -pi -e 's/\r?\n/\r\n/' "$f"; else perl -0pi -e 's/^/\xef\xbb\xbf/' "$f"; fi
  done < <(find "$work/$variant" -name '*.yaml' -not -path '*/.git/*' -print0)
  (cd "$work/$variant" && outputs repo bad "$work/$variant.out" "${base_env[@]}")
  for name in validate status status-json status-md overdue report-md report-html; do
    cmp -s "$work/base/$name" "$work/$variant.out/$name" || {
      fail "$variant input: $name differs"; diff "$work/base/$name" "$work/$variant.out/$name" | head -n 6 | sed 's/^/    /'; }
  done
done

# Locales: every installed one, and one that does not exist.
while IFS= read -r loc; do
  outputs repo bad "$work/locale-$loc" LC_ALL="$loc" TZ=UTC
  same "$work/base" "$work/locale-$loc" "LC_ALL=$loc"
done < <(locale -a 2>/dev/null | grep -v -x -e C.UTF-8 -e C.utf8 | head -n 8)
outputs repo bad "$work/locale-missing" LANG=xx_YY.UTF-8 LC_ALL=de_DE.UTF-8 LC_NUMERIC=fr_FR.UTF-8 TZ=UTC
same "$work/base" "$work/locale-missing" "a locale that is not installed"

for tz in Pacific/Kiritimati Etc/GMT+12 America/St_Johns; do
  outputs repo bad "$work/tz-${tz//\//-}" LC_ALL=C.UTF-8 TZ="$tz"
  same "$work/base" "$work/tz-${tz//\//-}" "TZ=$tz"
done

# Another working directory: absolute paths from /. Only the path prefix of
# validate's findings may differ, so validate is compared with it removed.
(cd / && outputs "$work/repo" "$work/bad" "$work/from-root" "${base_env[@]}")
sed -i "s|$work/bad/||g" "$work/from-root/validate"
sed "s|bad/||g" "$work/base/validate" > "$work/base-validate"
cmp -s "$work/base-validate" "$work/from-root/validate" || fail "validate from / differs beyond the path prefix"
for name in status status-json status-md overdue report-md report-html changes changes-json; do
  cmp -s "$work/base/$name" "$work/from-root/$name" || {
    fail "from /: $name differs"; diff "$work/base/$name" "$work/from-root/$name" | head -n 6 | sed 's/^/    /'; }
done
# Found upwards from inside actions/, with no REPO argument.
(cd "$work/repo/actions" && outputs "" "" "$work/upwards" "${base_env[@]}")
for name in status status-md report-md report-html changes; do
  cmp -s "$work/base/$name" "$work/upwards/$name" || {
    fail "from actions/: $name differs"; diff "$work/base/$name" "$work/upwards/$name" | head -n 6 | sed 's/^/    /'; }
done

[ $status = 0 ] && echo "deterministic: reruns, CRLF, BOM, locales, time zones and working directories give the same bytes"
exit $status
