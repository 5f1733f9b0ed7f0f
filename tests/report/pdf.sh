#!/usr/bin/env bash
# pdf.sh PLAN REPO FIXTURE OUT_DIR: `plan report -o paper.pdf` through
# WeasyPrint on the example and a fixture: A4, tagged with en-GB, "Page N of
# M" on every page, no heading as the last line of a page, the same bytes
# twice; and without the tool, exit 3 and no file. Exits 77 (skipped) when
# WeasyPrint or poppler-utils are missing, but fails under CI=true.
set -u
plan=$1 repo=$2 fixture=$3 out=$4
skip() {
  if [ "${CI:-}" = true ]; then echo "FAIL (CI): $1"; exit 1; fi
  echo "skipped: $1"; exit 77
}
command -v weasyprint >/dev/null 2>&1 || skip "weasyprint is not installed (make browser-deps installs Debian's weasyprint)"
command -v pdftotext >/dev/null 2>&1 || skip "pdftotext is not installed (Debian's poppler-utils)"
mkdir -p "$out"
status=0
fail() { echo "FAIL: $*"; status=1; }

check() {  # NAME REPO ARGS...
  local name=$1 where=$2; shift 2
  local pdf="$out/$name.pdf" html="$out/$name.html"
  "$plan" report "$where" --as-of 2017-10-31 "$@" -o "$pdf" || { fail "$name: plan report -o $name.pdf exited $?"; return; }
  "$plan" report "$where" --as-of 2017-10-31 "$@" -o "$html" || { fail "$name: plan report -o $name.html exited $?"; return; }
  local info pages
  info=$(pdfinfo "$pdf") || { fail "$name: pdfinfo could not read the PDF"; return; }
  pages=$(printf '%s\n' "$info" | awk '/^Pages:/ {print $2}')
  printf '%s\n' "$info" | grep -q '^Tagged: *yes' || fail "$name: the PDF is not tagged"
  printf '%s\n' "$info" | grep -q '^Page size: *595.276 x 841.89' || fail "$name: the first page is not A4 portrait"
  pdftotext -raw "$pdf" "$out/$name.txt"
  # Headings of the paper, as text, to find one left at the foot of a page.
  grep -o '<h[23][^>]*>[^<]*</h[23]>' "$html" | sed -e 's/<[^>]*>//g' -e 's/&amp;/\&/g' -e "s/&#39;/'/g" \
    -e 's/&quot;/"/g' -e 's/&lt;/</g' -e 's/&gt;/>/g' >"$out/$name.headings"
  local p stranded=0 text last
  for p in $(seq 1 "$pages"); do
    text=$(pdftotext -raw -f "$p" -l "$p" "$pdf" - | sed -e 's/[[:space:]]*$//' -e '/^$/d' -e 's/\f//g')
    printf '%s\n' "$text" | grep -qx "Page $p of $pages" || fail "$name: page $p does not say \"Page $p of $pages\""
    last=$(printf '%s\n' "$text" | grep -vx "Page $p of $pages" | tail -n 1)
    if [ -n "$last" ] && awk -v last="$last" '
         { n = length(last); if ($0 == last || (n >= 12 && substr($0, length($0) - n + 1) == last)) found = 1 }
         END { exit !found }' "$out/$name.headings"; then
      fail "$name: page $p ends with the heading \"$last\""
      stranded=$((stranded + 1))
    fi
  done
  [ "$p" = "$pages" ] || fail "$name: pages counted wrongly"
  "$plan" report "$where" --as-of 2017-10-31 "$@" --format pdf -o "$out/$name-again.pdf" || fail "$name: second run"
  cmp -s "$pdf" "$out/$name-again.pdf" || fail "$name: the same paper gave different PDF bytes"
  echo "== $name: $pages pages, $stranded stranded headings"
}

check example "$repo" --meeting scrutiny
check fixture "$fixture" --no-history
grep -q '^Public$' "$out/fixture.txt" || fail "the public paper's pages are not headed Public"
check fixture-exempt "$fixture" --no-history --include-exempt
grep -q 'Not for publication' "$out/fixture-exempt.txt" || fail "the exempt paper's pages do not say Not for publication"
# The fixture marks an action, a step and notes EXEMPT-...: none in the public PDF.
grep -q 'EXEMPT-' "$out/fixture.txt" && fail "exempt text in the public PDF: $(grep -o 'EXEMPT-[A-Z-]*' "$out/fixture.txt" | head -3)"
grep -q 'EXEMPT-ACTION' "$out/fixture-exempt.txt" || fail "the exempt action is missing from the paper with --include-exempt"
"$plan" report "$fixture" --as-of 2017-10-31 --no-history --exempt-appendix -o "$out/exempt-appendix.pdf" ||
  fail "--exempt-appendix -o exempt-appendix.pdf exited $?"
pdftotext -raw "$out/exempt-appendix.pdf" "$out/exempt-appendix.txt"
grep -q 'EXEMPT-NOTE' "$out/exempt-appendix.txt" || fail "the exempt appendix lacks the exempt note"
grep -q 'Policy agreed' "$out/exempt-appendix.txt" && fail "the exempt appendix holds a note that is not exempt"

# Without WeasyPrint or Chromium: exit 3, the message names the package, no file.
err=$(PATH=/nonexistent "$plan" report "$repo" --as-of 2017-10-31 --no-history -o "$out/none.pdf" 2>&1)
code=$?
[ "$code" = 3 ] || fail "without WeasyPrint: exit $code, not 3"
case $err in *"Debian package weasyprint"*) ;; *) fail "without WeasyPrint the message does not name the package: $err" ;; esac
[ ! -e "$out/none.pdf" ] || fail "without WeasyPrint a file was written"
exit $status
