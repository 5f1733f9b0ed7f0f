# What a revision reads is the repository's own history, whatever the
# caller's environment says (GIT_COMMON_DIR, GIT_GRAFT_FILE,
# GIT_NO_REPLACE_OBJECTS, GIT_OBJECT_DIRECTORY, GIT_NAMESPACE...), and
# replacement objects (refs/replace) are not read. Dates before 1973 are
# dates, --since after --until is refused, a revision of 128 KiB is "too
# long" (not "could not run git", from E2BIG), and commit dates git cannot read (or in the year 33658) are named
# as unreadable history: changes fails with the note, the paper is still
# written with it.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 1971-06-01 "Ann Officer" "Plan drafted"
sed -i 's/    due: 2017-04$/    due: 2017-03/' actions/practice.yaml
commit 2017-03-20 "Ann Officer" "Plan agreed"
sed -i 's/    due: 2017-03$/    due: 2017-05/' actions/practice.yaml
commit 2017-04-10 "Bob Lead" "A-1 moved to May"
real=$(git rev-parse HEAD)

# Another repository for the variables to point at, with other history.
other="$work/other"
mkdir -p "$other" && (cd "$other" && git init -q && base_plan && commit 2017-01-01 "Eve" "Other")
# A replacement for the last commit, and a graft cutting it off its parent.
sed -i 's/    due: 2017-05$/    due: 2017-03/' actions/practice.yaml
git add -A
fake=$(git commit-tree "$(git write-tree)" -p HEAD~1 -m fake)
git reset -q --hard && git replace "$real" "$fake"
echo "$real" > "$work/grafts"

echo "== the plain run"
run changes --since 2017-03-20 --as-of 2017-04-11 --slippage
echo "== with the caller's GIT_* variables"
for v in "GIT_COMMON_DIR=$other/.git" "GIT_GRAFT_FILE=$work/grafts" "GIT_NO_REPLACE_OBJECTS=" \
         "GIT_OBJECT_DIRECTORY=$other/.git/objects" "GIT_NAMESPACE=elsewhere" "GIT_DIR=$other/.git"; do
  env "$v" "$PLAN" changes --since 2017-03-20 --as-of 2017-04-11 --slippage >"$work/env-out" 2>&1
  "$PLAN" changes --since 2017-03-20 --as-of 2017-04-11 --slippage >"$work/plain-out" 2>&1
  if cmp -s "$work/env-out" "$work/plain-out"; then echo "${v%%=*}: the same"; else echo "${v%%=*}: differs"; diff "$work/plain-out" "$work/env-out"; fi
done
git replace -d "$real" >/dev/null

echo "== dates before 1973"
run changes --since 1972-01-01 --until 2017-03-21 --as-of 2017-04-11
run changes --since 1969-12-31 --as-of 2017-04-11
echo "== --since after --until"
run changes --since 2017-04-10 --until 2017-03-20 --as-of 2017-04-11
echo "== a revision of 128 KiB (as long as one argument may be) and of 5,000 bytes"
for n in 131070 5000; do
  long=$(head -c $n /dev/zero | tr '\0' a)
  "$PLAN" changes --since "$long" --as-of 2017-04-11 >/dev/null 2>"$work/err"; echo "exit $?"
  sed 's/^/stderr: /' "$work/err"
done

echo "== commit dates git cannot read"
tree=$(git rev-parse HEAD^{tree})
for date in "not-a-date +0000" "1000000000000 +0000"; do
  bad=$(printf 'tree %s\nparent %s\nauthor A <a@example.org> 1491825600 +0000\ncommitter A <a@example.org> %s\n\nbad date\n' \
        "$tree" "$real" "$date" | git hash-object -t commit -w --literally --stdin)
  git update-ref refs/heads/main "$bad"
  echo "-- committer date '$date'"
  run changes --since 2017-03-20 --as-of 2017-04-11 --slippage
  "$PLAN" report --as-of 2017-04-11 --format md -o "$work/paper.md" >/dev/null 2>"$work/err"; echo "report exit $?"
  sed 's/^/stderr: /' "$work/err"
  grep -i "history" "$work/paper.md" | grep -i "commit" | sed 's/^/paper: /'
done
