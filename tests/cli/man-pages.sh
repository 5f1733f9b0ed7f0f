#!/usr/bin/env bash
# man-pages.sh PLAN MAN1_DIR
# The man pages written at build time: one per command in `plan --help`, each
# renders without a groff warning, and names every option its --help lists.
set -u
plan=$1 man1=$2
status=0
fail() { echo "FAIL: $*"; status=1; }
command -v groff >/dev/null || { echo "groff: SKIPPED (not installed)"; exit 77; }
render() { groff -man -Tutf8 -ww -z "$1" 2>&1; }
text() { groff -man -Tutf8 "$1" 2>/dev/null | col -bx 2>/dev/null || groff -man -Tascii -P-c -P-b -P-u "$1"; }

commands=$("$plan" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF {print $1}')
[ -n "$commands" ] || fail "no commands in plan --help"
for page in plan $(for c in $commands; do echo "plan-$c"; done); do
  file=$man1/$page.1
  [ -f "$file" ] || { fail "$page.1 was not written"; continue; }
  warnings=$(render "$file"); [ -z "$warnings" ] || fail "$page.1: $warnings"
  if command -v man >/dev/null; then
    man_warnings=$(MANWIDTH=80 man --warnings -l "$file" 2>&1 >/dev/null); [ -z "$man_warnings" ] || fail "man -l $page.1: $man_warnings"
  fi
  if [ "$page" = plan ]; then help=$("$plan" --help); else help=$("$plan" "${page#plan-}" --help); fi
  shown=$(text "$file")
  for option in $(grep -oE '(^|[ ,])--?[a-z][a-z-]*' <<<"$help" | tr -d ' ,' | sort -u); do
    grep -qF -- "$option" <<<"$shown" || fail "$page.1 does not mention $option"
  done
done
for c in $commands; do grep -qF "plan-$c" <<<"$(text "$man1/plan.1")" || fail "plan.1 does not list plan-$c"; done
exit $status
