#!/usr/bin/env bash
# color.sh PLAN EXAMPLE
# Who decides colour, first that applies: --color always|never (the
# command's, else the global one), NO_COLOR, FORCE_COLOR / CLICOLOR_FORCE
# (not 0), TERM=dumb, a terminal. Standard output here is a pipe, so auto
# alone gives no colour.
set -u
plan=$1 example=$2
status=0
# ENV... -- ARGS... ; prints yes when the status view holds an escape sequence
coloured() {
  local env=()
  while [ "$1" != -- ]; do env+=("$1"); shift; done; shift
  if env -i PATH="$PATH" "${env[@]}" "$plan" "$@" | grep -q $'\e\['; then echo yes; else echo no; fi
}
expect() {  # WANT ENV... -- ARGS...
  local want=$1; shift
  local got; got=$(coloured "$@")
  [ "$got" = "$want" ] || { echo "FAIL: $* gave colour=$got, expected $want"; status=1; }
}
view=(status "$example" --as-of 2017-10-31)
expect no -- "${view[@]}"
expect yes -- "${view[@]}" --color always
expect yes -- --color always "${view[@]}"
expect no -- --color always "${view[@]}" --color never
expect yes NO_COLOR=1 -- "${view[@]}" --color always
expect no NO_COLOR=1 -- "${view[@]}"
expect yes FORCE_COLOR=1 -- "${view[@]}"
expect yes FORCE_COLOR=3 TERM=dumb -- "${view[@]}"
expect no FORCE_COLOR=0 -- "${view[@]}"
expect yes CLICOLOR_FORCE=1 -- "${view[@]}"
expect no CLICOLOR_FORCE=0 -- "${view[@]}"
expect no NO_COLOR=1 FORCE_COLOR=1 -- "${view[@]}"
expect no NO_COLOR=1 CLICOLOR_FORCE=1 -- "${view[@]}"
expect no FORCE_COLOR=1 -- "${view[@]}" --color never
expect no FORCE_COLOR=1 -- --color never "${view[@]}"
exit $status
