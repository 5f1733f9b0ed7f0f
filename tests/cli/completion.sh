#!/usr/bin/env bash
# completion.sh PLAN EXAMPLE
# Each shell's script (plan completion bash|zsh|fish) loads and completes a
# subcommand, an option, an option's choices and a meeting id read from the
# plan. zsh and fish are skipped, saying so, when not installed.
set -u
plan=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") example=$2
here=$(cd "$(dirname "$0")" && pwd)
status=0
fail() { echo "FAIL: $*"; status=1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export PATH="$(dirname "$plan"):$PATH" HOME=$tmp
cd "$example" || exit 2

for shell in bash zsh fish; do "$plan" completion $shell > "$tmp/$shell" || fail "plan completion $shell"; done
"$plan" completion tcsh >/dev/null 2>&1; [ $? = 2 ] || fail "an unknown shell is not a usage error"
[ "$("$plan" __complete meetings | tr '\n' ' ')" = "board scrutiny cabinet " ] || fail "__complete meetings: $("$plan" __complete meetings)"
[ -z "$(cd "$tmp" && "$plan" __complete meetings 2>&1)" ] || fail "__complete outside a plan is not silent"

# bash: WORDS... -> COMPREPLY
bash_completes() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _plan_complete; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$tmp/bash" "$@"
}
bash_expect() {  # WANT WORDS...
  local want=$1; shift
  bash_completes "$@" | grep -qx -- "$want" || fail "bash: '$*' did not offer $want (got: $(bash_completes "$@" | tr '\n' ' '))"
}
bash_expect status plan sta
bash_expect --strict plan validate --str
bash_expect json plan validate --format j
bash_expect scrutiny plan report --meeting s
bash_expect never plan --color n
bash -n "$tmp/bash" || fail "bash: syntax"

if command -v fish >/dev/null; then
  fish_expect() {  # WANT LINE
    fish -c "source '$tmp/fish'; complete -C '$2'" | cut -f1 | grep -qx -- "$1" || fail "fish: '$2' did not offer $1"
  }
  fish_expect status 'plan sta'
  fish_expect --strict 'plan validate --str'
  fish_expect markdown 'plan status --format ma'
  fish_expect board 'plan report --meeting b'
else
  echo "fish: SKIPPED (not installed)"
fi

if command -v zsh >/dev/null; then
  zsh_expect() {  # LINE WANT
    local got; got=$(timeout 30 zsh -f "$here/zsh-complete.zsh" "$tmp/zsh" "$1" | tr -d '\r' | grep -a '^BUF:')
    [ "$got" = "BUF:$2" ] || fail "zsh: '$1' completed to '${got#BUF:}', expected '$2'"
  }
  zsh_expect 'plan sta' 'plan status'
  zsh_expect 'plan validate --str' 'plan validate --strict'
  zsh_expect 'plan report --meeting scr' 'plan report --meeting scrutiny'
else
  echo "zsh: SKIPPED (not installed)"
fi
exit $status
