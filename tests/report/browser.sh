#!/usr/bin/env bash
# browser.sh PLAN REPO OUT_DIR: the HTML papers in headless Chromium with
# axe-core (WCAG 2.2 A and AA) and no external requests; screenshots and a
# printed A4 PDF go to OUT_DIR. Exits 77 (skipped) when Chromium, Node or the
# npm packages (make browser-deps) are missing.
set -u
plan=$1 repo=$2 out=$3
here=$(cd "$(dirname "$0")/../browser" && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then echo "skipped: no Chromium at $chromium (make browser-deps installs Debian's chromium)"; exit 77; fi
if ! command -v node >/dev/null 2>&1; then echo "skipped: node is not installed (apt-get install nodejs npm)"; exit 77; fi
if [ ! -d "$here/node_modules/puppeteer-core" ] || [ ! -d "$here/node_modules/axe-core" ]; then
  echo "skipped: tests/browser/node_modules is missing (make browser-deps runs npm ci there)"; exit 77
fi
mkdir -p "$out"
status=0
check() {  # NAME ARGS...
  local name=$1; shift
  "$plan" report "$repo" --as-of 2017-10-31 --format html "$@" -o "$out/$name.html" || { echo "FAIL: plan report $*"; status=1; return; }
  echo "== $name"
  node "$here/a11y.mjs" "$out/$name.html" "$out/$name.png" "$out/$name.pdf" || status=1
}
check report-paper --meeting scrutiny
check report-on-a-page --kind on-a-page
repo=$(dirname "$0")/../fixtures/report-hostile check report-hostile --meeting scrutiny
exit $status
