# A checkout with CRLF line endings (eol=crlf in .gitattributes, then
# core.autocrlf=true) is clean to git: plan reads HEAD, with no note of
# uncommitted changes. A real edit in the same checkout is still counted.
. "$(dirname "$0")/../lib.sh"
base_plan
printf '* text eol=crlf\n' > .gitattributes
commit 2017-03-20 "Ann Officer" "Plan agreed" 2>/dev/null
sed -i 's/    due: 2017-04$/    due: 2017-05/' actions/practice.yaml
commit 2017-04-10 "Bob Lead" "A-1 moved to May" 2>/dev/null
rm -rf plan.yaml actions kpis && git checkout -q -- .
grep -c $'\r$' actions/practice.yaml >/dev/null && echo "actions/practice.yaml has CRLF line endings"
echo "git status: [$(git status --porcelain)]"
run changes --since 2017-03-20 --as-of 2017-04-11 | sed -E "s/commit [0-9a-f]{10}/commit ID/g"

echo "== core.autocrlf=true, no attributes"
git rm -q --cached .gitattributes && rm .gitattributes && commit 2017-04-11 "Ann Officer" "No attributes" 2>/dev/null
git config core.autocrlf true
rm -rf plan.yaml actions kpis && git checkout -q -- .
echo "git status: [$(git status --porcelain)]"
run changes --since 2017-03-20 --as-of 2017-04-12 | sed -E "s/commit [0-9a-f]{10}/commit ID/g"

echo "== an edit is still an edit"
sed -i 's/    due: 2017-05\r$/    due: 2017-06\r/' actions/practice.yaml
run changes --since 2017-03-20 --as-of 2017-04-12 | sed -E "s/commit [0-9a-f]{10}/commit ID/g"
