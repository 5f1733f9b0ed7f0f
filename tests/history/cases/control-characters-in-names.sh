# Slippage made by authors whose names hold each C0 control character
# (U+0001 to U+001F), and in
# files whose names hold them: every move is listed, each by its author, as
# the same output's due dates show. A separator git's output could contain
# (U+0001 did) split a record and hid the slippage.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
day=1
for code in $(seq 1 31); do
  c=$(printf "\\$(printf '%03o' "$code")")
  # A file of its own for each character, holding one action that slips.
  name="actions/x${c}y.yaml"
  cat > "$name" <<YAML
actions:
  - id: C-$code
    title: Action $code
    theme: practice
    recommendations: [1]
    leads: [Head of Service]
    due: 2017-07-01
    status: not-started
YAML
  git add -A
  GIT_AUTHOR_NAME="Ann Officer" GIT_AUTHOR_EMAIL=a@example.org GIT_COMMITTER_NAME="Ann Officer" \
  GIT_COMMITTER_EMAIL=a@example.org GIT_AUTHOR_DATE="2017-04-${day}T10:00:00Z" GIT_COMMITTER_DATE="2017-04-${day}T10:00:00Z" \
    git commit -q -m "add C-$code"
  sed -i 's/due: 2017-07-01/due: 2017-08-01/' "$name"
  # git refuses a name with a newline or NUL-like bytes in some places; the
  # author goes in through the environment as any tool could put it.
  git add -A
  GIT_AUTHOR_NAME="Bob${c}Lead" GIT_AUTHOR_EMAIL=b@example.org GIT_COMMITTER_NAME="Bob Lead" \
  GIT_COMMITTER_EMAIL=b@example.org GIT_AUTHOR_DATE="2017-04-${day}T12:00:00Z" GIT_COMMITTER_DATE="2017-04-${day}T12:00:00Z" \
    git commit -q -m "C-$code slips" 2>&1
  day=$((day % 28 + 1))
done
"$PLAN" changes --slippage --as-of 2017-06-10 --format json >"$work/out" 2>"$work/err"
echo "exit $?"
cat "$work/err"
python3 - "$work/out" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
slips = doc.get("slippage") or doc.get("slippages") or []
moved = sorted(int(s["action"]["id"].split("-")[1]) for s in slips if s.get("times_slipped", 0) == 1)
print("slipped once:", moved == list(range(1, 32)) and "C-1 to C-31, every one" or moved)
# Each move by its author as git itself records it (git drops some
# characters from names, such as a newline; what it keeps must come through).
import subprocess
ok = True
for c in range(1, 32):
    want = subprocess.run(["git", "log", "-1", "--format=%an", "--grep", f"^C-{c} slips$"],
                          capture_output=True).stdout.decode().rstrip("\n")
    got = [e.get("author") for s in slips if s["action"]["id"] == f"C-{c}" for e in s.get("events", [])]
    if got != [want]:
        ok = False
        print(f"C-{c}: {got!r}, git says {want!r}")
print("each by its author:", ok)
PY
