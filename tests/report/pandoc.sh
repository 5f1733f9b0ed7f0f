#!/usr/bin/env bash
# pandoc.sh PLAN REPO OUT_DIR: the Markdown paper converts to .docx with
# pandoc (-f gfm), keeps the plan's title, and carries no markup from the
# plan (the hostile fixture's tags survive only as text, never as HTML).
set -u
plan=$1 repo=$2 out=$3
if ! command -v pandoc >/dev/null 2>&1; then echo "skipped: pandoc is not installed (make browser-deps installs it)"; exit 77; fi
mkdir -p "$out"
status=0
fail() { echo "FAIL: $*"; status=1; }
"$plan" report "$repo" --as-of 2017-10-31 --meeting scrutiny -o "$out/report-paper.md" || fail "plan report exited $?"
pandoc -f gfm -o "$out/report-paper.docx" "$out/report-paper.md" || fail "pandoc to docx exited $?"
[ -s "$out/report-paper.docx" ] || fail "no .docx written"
pandoc "$out/report-paper.docx" -t plain -o "$out/report-paper.txt" || fail "pandoc from docx exited $?"
grep -q "Children and Family Services Improvement Plan 2017-2020" "$out/report-paper.txt" || fail "the plan title is missing from the .docx"
grep -q "<script" "$out/report-paper.txt" && fail "the .docx contains <script"
grep -q "Overdue actions" "$out/report-paper.txt" || fail "the exceptions are missing from the .docx"

hostile=$(dirname "$0")/../fixtures/report-hostile
"$plan" report "$hostile" --as-of 2017-10-31 --meeting scrutiny -o "$out/report-hostile.md" || fail "hostile report exited $?"
pandoc -f gfm -t html "$out/report-hostile.md" -o "$out/report-hostile.html" || fail "pandoc hostile exited $?"
if grep -Eiq '<(script|img|iframe|svg|style|a |b |div )' "$out/report-hostile.html"; then
  fail "markup from the plan reached pandoc's output: $(grep -Eio '<(script|img|iframe|svg|style|a |b |div )[^>]*' "$out/report-hostile.html" | head -3)"
fi
[ $status = 0 ] && echo "pandoc: .docx round trip and hostile text checked"
exit $status
