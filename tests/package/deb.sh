#!/usr/bin/env bash
# deb.sh BUILD_DIR EXAMPLE VERSION
# Builds the Debian package from the build tree (cpack, into a temporary
# folder so a `make package` alongside is not disturbed), unpacks it with
# dpkg-deb -x into a temporary root, runs the binary from there on the
# example, and checks the package's metadata and that the man pages and
# completion scripts are in it. Skipped (77) without dpkg-deb.
set -u
build=$1 example=$2 version=$3
command -v dpkg-deb >/dev/null && command -v cpack >/dev/null || { echo "dpkg-deb: SKIPPED (not installed)"; exit 77; }
status=0
fail() { echo "FAIL: $*"; status=1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

cpack -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack"; exit 1; }
deb=$(ls "$tmp"/out/plan_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { fail "no .deb written"; exit 1; }

info=$(dpkg-deb -I "$deb")
field() { sed -n "s/^ $1: //p" <<<"$info"; }
[ "$(field Package)" = plan ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), expected $version"
grep -q 'libyaml-cpp' <<<"$(field Depends)" || fail "Depends lacks libyaml-cpp (shlibdeps): $(field Depends)"
grep -q 'libc6' <<<"$(field Depends)" || fail "Depends lacks libc6 (shlibdeps): $(field Depends)"
[ "$(field Recommends)" = "git, pandoc, librsvg2-bin, weasyprint | chromium" ] || fail "Recommends: $(field Recommends)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Section)" = utils ] || fail "Section: $(field Section)"
[ -n "$(field Description)" ] || fail "no Description"

dpkg-deb -x "$deb" "$tmp/root"
for f in usr/bin/plan usr/share/man/man1/plan.1 usr/share/man/man1/plan-validate.1 \
         usr/share/bash-completion/completions/plan usr/share/zsh/vendor-completions/_plan \
         usr/share/fish/vendor_completions.d/plan.fish usr/share/plan/schemas/plan.schema.json \
         usr/share/doc/plan/LICENSE usr/share/doc/plan/commands.md; do
  [ -f "$tmp/root/$f" ] || fail "$f is not in the package"
done
out=$("$tmp/root/usr/bin/plan" validate "$example" --as-of 2017-10-31 2>&1); code=$?
[ $code = 0 ] || fail "the packaged plan on the example exited $code: $out"
"$tmp/root/usr/bin/plan" status "$example" --as-of 2017-10-31 >/dev/null || fail "the packaged plan status failed"
[[ $("$tmp/root/usr/bin/plan" --version) == "plan $version "* ]] || fail "packaged --version: $("$tmp/root/usr/bin/plan" --version)"
exit $status
