#!/usr/bin/env bash
# version.sh PLAN VERSION SOURCE_DIR
# plan --version names the project() version and the commit configured from;
# a source tree without git of its own (a tarball, one unpacked inside some
# other repository) says "unknown commit" instead of failing or lying.
set -u
plan=$1 version=$2 src=$3
status=0
fail() { echo "FAIL: $*"; status=1; }

out=$("$plan" --version); code=$?
[ $code = 0 ] || fail "plan --version exited $code"
v=${version//./\\.}
[[ $out =~ ^plan\ $v\ \(([A-Za-z0-9._/-]+|unknown\ commit)\)$ ]] || fail "plan --version printed '$out'"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
describe() {  # SOURCE_DIR -> the commit the header names
  cmake -DSOURCE_DIR="$1" -DVERSION="$version" -DOUTPUT="$tmp/v.hpp" -P "$src/cmake/GitDescribe.cmake" || return 1
  sed -n 's/^#define PLAN_COMMIT "\(.*\)"$/\1/p' "$tmp/v.hpp"
}
mkdir -p "$tmp/tarball"
[ "$(describe "$tmp/tarball")" = "unknown commit" ] || fail "a tree outside git: '$(describe "$tmp/tarball")'"
grep -q '#define PLAN_VERSION "'"$version"'"' "$tmp/v.hpp" || fail "PLAN_VERSION is not $version"

git init -q "$tmp/outer" && mkdir -p "$tmp/outer/plan-$version"
git -C "$tmp/outer" -c user.name=t -c user.email=t@t commit -q --allow-empty -m one
[ "$(describe "$tmp/outer/plan-$version")" = "unknown commit" ] || fail "a tarball inside another repository took its commit"

git -C "$tmp/tarball" init -q && git -C "$tmp/tarball" -c user.name=t -c user.email=t@t commit -q --allow-empty -m one
want=$(git -C "$tmp/tarball" rev-parse --short HEAD)
[ "$(describe "$tmp/tarball")" = "$want" ] || fail "a checkout: '$(describe "$tmp/tarball")', expected $want"
exit $status
