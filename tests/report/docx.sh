#!/usr/bin/env bash
# docx.sh PLAN REPO HOSTILE OUT_DIR: `plan report -o paper.docx` read back
# with pandoc and checked in its XML: headings, one header row repeated per
# table, a chart image with the HTML's alt text per KPI with figures,
# en-GB, title and author, A4 with a landscape appendix, the same bytes
# twice; a council template's own page set-up kept; hostile text only as
# text, with its "@" as typed; without pandoc or rsvg-convert, exit 3 and
# no file. Exits 77 (skipped) when pandoc, rsvg-convert or unzip are
# missing, but fails under CI=true.
set -u
plan=$1 repo=$2 hostile=$3 out=$4
skip() {
  if [ "${CI:-}" = true ]; then echo "FAIL (CI): $1"; exit 1; fi
  echo "skipped: $1"; exit 77
}
command -v pandoc >/dev/null 2>&1 || skip "pandoc is not installed (make browser-deps installs Debian's pandoc)"
command -v rsvg-convert >/dev/null 2>&1 || skip "rsvg-convert is not installed (Debian's librsvg2-bin)"
command -v unzip >/dev/null 2>&1 || skip "unzip is not installed"
mkdir -p "$out"
status=0
fail() { echo "FAIL: $*"; status=1; }
count() { grep -o "$1" | wc -l; }

docx=$out/paper.docx
"$plan" report "$repo" --as-of 2017-10-31 --meeting scrutiny -o "$docx" || fail "plan report -o paper.docx exited $?"
"$plan" report "$repo" --as-of 2017-10-31 --meeting scrutiny -o "$out/paper.html" || fail "plan report -o paper.html exited $?"
doc=$(unzip -p "$docx" word/document.xml) || fail "no word/document.xml in the .docx"
core=$(unzip -p "$docx" docProps/core.xml)
styles=$(unzip -p "$docx" word/styles.xml)
pandoc "$docx" -t markdown --columns=400 -o "$out/paper.back.md" || fail "pandoc could not read the .docx back"

tables=$(printf '%s' "$doc" | count '<w:tbl>')
headers=$(printf '%s' "$doc" | count '<w:tblHeader')
[ "$tables" -ge 10 ] || fail "only $tables tables in the .docx"
[ "$headers" = "$tables" ] || fail "$headers repeated header rows for $tables tables"
headings=$(grep -c '^# ' "$out/paper.back.md")
[ "$headings" -ge 8 ] || fail "only $headings level-1 headings read back"
grep -q '^# Exceptions' "$out/paper.back.md" || fail "no Exceptions heading read back"
grep -q '^# Appendix' "$out/paper.back.md" || fail "no Appendix heading read back"
charts=$(grep -o '<svg class="chart"' "$out/paper.html" | wc -l)
images=$(printf '%s' "$doc" | count '<wp:docPr [^>]*descr="[A-Z][^"]*Figures from')
[ "$charts" -gt 0 ] && [ "$images" = "$charts" ] || fail "$images chart images with alt text for $charts charts in the HTML"
alt=$(grep -o '<title id="kpi-1-chart-title">[^<]*' "$out/paper.html" | sed 's/.*>//')
printf '%s' "$doc" | grep -qF "descr=\"$alt. " || fail "the first chart's alt text does not start with its HTML title '$alt'"
printf '%s' "$core" | grep -q '<dc:language>en-GB</dc:language>' || fail "dc:language is not en-GB"
printf '%s' "$core" | grep -q '<dc:title>Progress report: Children and Family Services' || fail "dc:title is missing"
printf '%s' "$core" | grep -q '<dc:creator>Leicestershire County Council</dc:creator>' || fail "dc:creator is missing"
printf '%s' "$core" | grep -q '2017-10-31T00:00:00Z' || fail "the document is not dated from the as-of date"
printf '%s' "$styles" | grep -q 'w:lang [^>]*w:val="en-GB"' || fail "the styles' language is not en-GB"
printf '%s' "$doc" | grep -q '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' || fail "no landscape section for the appendix"
last=$(printf '%s' "$doc" | grep -o '<w:sectPr>.*</w:sectPr></w:body>' | grep -o '<w:pgSz [^>]*>' | tail -n 1)
case $last in *'w:h="16838"'*'w:w="11906"'*|*'w:w="11906"'*'w:h="16838"'*) ;; *) fail "the document does not end on an A4 portrait section: $last" ;; esac
"$plan" report "$repo" --as-of 2017-10-31 --meeting scrutiny --format docx -o "$out/again.docx" || fail "second run"
cmp -s "$docx" "$out/again.docx" || fail "the same paper gave different .docx bytes"

# A council template: its styles and page set-up are the document's.
pandoc -o "$out/template.docx" --print-default-data-file reference.docx
"$plan" report "$repo" --as-of 2017-10-31 --meeting scrutiny --reference-doc "$out/template.docx" -o "$out/templated.docx" ||
  fail "plan report --reference-doc exited $?"
unzip -p "$out/templated.docx" word/document.xml | grep -q '<w:sectPr /></w:body>' || fail "the template's own section properties were not kept"
"$plan" report "$repo" --as-of 2017-10-31 --reference-doc "$out/template.docx" -o "$out/wrong.html" 2>/dev/null
[ $? = 2 ] || fail "--reference-doc with HTML is not a usage error"

# Hostile text: shown as typed, the '@' of an address kept, no markup.
"$plan" report "$hostile" --as-of 2017-10-31 --meeting scrutiny -o "$out/hostile.docx" || fail "hostile report exited $?"
pandoc "$out/hostile.docx" -t plain --columns=400 -o "$out/hostile.txt" || fail "pandoc could not read the hostile .docx"
grep -q 'mail@evil.example' "$out/hostile.txt" || fail "the address's '@' was not kept as typed"
grep -q $'\xef\xbc\xa0' "$out/hostile.txt" && fail "a full-width at sign reached the .docx"
grep -q '<script>alert' "$out/hostile.txt" || fail "the hostile text is not shown as typed"
pandoc "$out/hostile.docx" -t html -o "$out/hostile.html"
if grep -Eiq '<(script|iframe|a |b )|<img src="http' "$out/hostile.html"; then
  fail "markup from the plan became markup in the .docx: $(grep -Eio '<(script|iframe|a |b |img src="http)[^>]*' "$out/hostile.html" | head -3)"
fi

# The exempt fixture's EXEMPT-... action, step and notes: none in the public .docx.
exempt_fixture=$(dirname "$hostile")/report-exempt
"$plan" report "$exempt_fixture" --as-of 2017-10-31 --no-history -o "$out/exempt-public.docx" || fail "exempt fixture exited $?"
pandoc "$out/exempt-public.docx" -t plain -o "$out/exempt-public.txt"
grep -q 'EXEMPT-' "$out/exempt-public.txt" && fail "exempt text in the public .docx: $(grep -o 'EXEMPT-[A-Z-]*' "$out/exempt-public.txt" | head -3)"
grep -q 'NB-1' "$out/exempt-public.txt" || fail "the public .docx of the exempt fixture lacks its public actions"

# Without pandoc, or with pandoc but no rsvg-convert: exit 3, the package named, no file.
err=$(PATH=/nonexistent "$plan" report "$repo" --as-of 2017-10-31 --no-history -o "$out/none.docx" 2>&1)
code=$?
[ "$code" = 3 ] || fail "without pandoc: exit $code, not 3"
case $err in *"Debian package pandoc"*) ;; *) fail "without pandoc the message does not name the package: $err" ;; esac
mkdir -p "$out/only-pandoc"
ln -sf "$(command -v pandoc)" "$out/only-pandoc/pandoc"
err=$(PATH=$out/only-pandoc "$plan" report "$repo" --as-of 2017-10-31 --no-history -o "$out/none.docx" 2>&1)
code=$?
[ "$code" = 3 ] || fail "without rsvg-convert: exit $code, not 3"
case $err in *"Debian package librsvg2-bin"*) ;; *) fail "without rsvg-convert the message does not name the package: $err" ;; esac
[ ! -e "$out/none.docx" ] || fail "a missing tool still wrote a file"
[ $status = 0 ] && echo "docx: $tables tables, $headings headings, $images charts checked"
exit $status
