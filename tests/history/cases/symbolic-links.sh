# Symbolic links among the plan's files read the same at a revision as in
# the working tree: followed within the plan's folder, and named when they
# lead outside it or nowhere. A checkout of a commit with a link has no
# "uncommitted changes".
. "$(dirname "$0")/../lib.sh"
base_plan
# A-3 lives in a library file that actions/ links to.
mkdir library
head -n 15 actions/practice.yaml > actions/a.yaml
{ echo "actions:"; tail -n 7 actions/practice.yaml; } > library/care-leavers.yaml
rm actions/practice.yaml
ln -s ../library/care-leavers.yaml actions/care-leavers.yaml
commit 2017-03-20 "Ann Officer" "Plan agreed, care leavers from the library"
run validate --as-of 2017-04-01
run validate --at HEAD --as-of 2017-04-01
run changes --since HEAD --as-of 2017-04-01
run overdue --at HEAD --as-of 2017-10-02
# The library file changes: seen through the link at both revisions.
sed -i 's/    due: 2017-09$/    due: 2017-10/' library/care-leavers.yaml
commit 2017-04-02 "Bob Lead" "A-3 slips in the library"
run changes --since 2017-03-20 --as-of 2017-04-03
# A link out of the plan's folder, and one to nothing: named, in both.
ln -s /etc/plan/shared.yaml kpis/shared.yaml
ln -s missing.yaml actions/gone.yaml
commit 2017-04-03 "Bob Lead" "Links out and to nothing"
run validate --as-of 2017-04-04
run validate --at HEAD --as-of 2017-04-04
run validate --at HEAD~1 --as-of 2017-04-04
git status --short
