#!/usr/bin/env bash
# exempt-everywhere.sh PLAN: exempt information (Schedule 12A, Part II) appears
# in no output without --include-exempt, and is marked wherever it appears
# with it. The plan: tests/fixtures/report-exempt, whose exempt action, step
# and notes all carry the word EXEMPT- in their text, committed in two steps
# so that the history views see the exempt action added and its notes new.
#
# Each view is "command:format"; add a format to VIEWS (and its mark to
# mark_for) to cover it.
set -u
PLAN=${1:?usage: exempt-everywhere.sh PLAN}
here=$(cd "$(dirname "$0")/.." && pwd)
VIEWS=(changes:text changes:markdown changes:json report:md report:html)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 TZ=UTC LC_ALL=C.UTF-8
mkdir -p "$HOME" && cd "$work" || exit 3
cp -r "$here/fixtures/report-exempt" repo && cd repo || exit 3
git init -q && git config user.name Test && git config user.email test@example.org
commit() {
  git add -A && GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" git commit -q -m "$2"
}
# First commit: the plan without its exempt action and exempt note.
cp actions/one.yaml "$work/one.yaml"
awk '/EXEMPT-NOTE/ {skip_note=1} /title: "EXEMPT-ACTION/ {cut=1}
     !cut && !skip_note {print} {skip_note=0}' "$work/one.yaml" > actions/one.yaml
# ...and with the exempt step due a month earlier, so that its due date moves.
sed -i '/EXEMPT-STEP/{n;s/due: 2017-05/due: 2017-04/}' actions/one.yaml
commit 2017-07-01 "Before"
cp "$work/one.yaml" actions/one.yaml
commit 2017-09-01 "Exempt action and note"

mark_for() {
  case $1 in
    text) echo '[EXEMPT]' ;;
    markdown|md) echo '**Exempt**' ;;
    html) echo '>Exempt<' ;;
    json) echo '"exempt": true' ;;
  esac
}

run_view() {  # run_view COMMAND FORMAT [FLAGS...]
  local cmd=$1 format=$2; shift 2
  case $cmd in
    changes) "$PLAN" changes --as-of 2017-10-16 --since 2017-08-01 --format "$format" "$@" ;;
    report) "$PLAN" report --as-of 2017-10-16 --since 2017-08-01 --format "$format" "$@" ;;
  esac
}

status=0
fail() { echo "FAIL: $*"; status=1; }
# The exempt step's move names only the action and the step's number in
# plan changes, so look for that line itself.
step=$(awk '/^ *steps:/ {n=0} /^ *- title:/ {n++} /EXEMPT-STEP/ {print n; exit}' "$work/one.yaml")
for format in text markdown json; do
  out=$("$PLAN" changes --as-of 2017-10-16 --since 2017-08-01 --format "$format" 2>&1)
  case $format in
    json) pattern="\"step\": *$step\b" ;;
    *) pattern="step $step\b" ;;
  esac
  grep -Eq "$pattern" <<<"$out" && fail "changes:$format shows the exempt step's due move without --include-exempt"
  out=$("$PLAN" changes --as-of 2017-10-16 --since 2017-08-01 --format "$format" --include-exempt 2>&1)
  grep -Eq "$pattern" <<<"$out" || fail "changes:$format --include-exempt does not show the exempt step's due move"
done
for view in "${VIEWS[@]}"; do
  cmd=${view%%:*} format=${view#*:}
  out=$(run_view "$cmd" "$format" 2>&1) || fail "$view: exit $?"
  # Without the flag: no exempt text anywhere (the paper may say that
  # exempt information was left out, but never what it is).
  if grep -q 'EXEMPT-' <<<"$out"; then fail "$view shows exempt text without --include-exempt:"; grep 'EXEMPT-' <<<"$out"; fi
  out=$(run_view "$cmd" "$format" --include-exempt 2>&1) || fail "$view --include-exempt: exit $?"
  grep -q 'EXEMPT-' <<<"$out" || fail "$view --include-exempt shows no exempt item"
  mark=$(mark_for "$format")
  if [ "$format" = json ]; then
    grep -qF "$mark" <<<"$out" || fail "$view --include-exempt: no $mark"
  else
    # Every line that shows exempt text carries the mark.
    while IFS= read -r line; do
      grep -qF -- "$mark" <<<"$line" || fail "$view --include-exempt: unmarked: $line"
    done < <(grep 'EXEMPT-' <<<"$out")
  fi
done
exit $status
