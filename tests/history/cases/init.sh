# plan init --yes writes a plan that validates clean (also as staged, for
# its own pre-commit hook), makes the git repository, and never overwrites:
# a second init, or one into a folder holding any file it would write,
# writes nothing and exits 2. Without a terminal and without --yes it names
# the options it needs. Inside a repository it runs no git init.
. "$(dirname "$0")/../lib.sh"
cd "$work" || exit 2
run init fresh --yes --as-of 2026-12-04 --council "Northby Borough Council" --inspection-date 2026-10-01 --recommendations 4
run validate fresh --as-of 2026-12-04
[ -d fresh/.git ] && echo "fresh is a git repository"
(cd fresh && git add -A && run validate --staged --as-of 2026-12-04)
grep -c '^# yaml-language-server: \$schema=' fresh/plan.yaml fresh/actions/example.yaml fresh/kpis/example.yaml
cmp -s fresh/schemas/kpi.schema.json <("$PLAN" schema kpi) && echo "schemas/kpi.schema.json is plan's own"
grep -q 'entry: plan validate --staged' fresh/.pre-commit-config.yaml && echo "the pre-commit hook runs validate --staged"
run init fresh --yes --as-of 2026-12-04
mkdir -p partial && echo "mine" > partial/README.md
run init partial --yes --as-of 2026-12-04
ls -A partial
cat partial/README.md
run init asked --as-of 2026-12-04 --council Northby
[ -e asked ] || echo "nothing written for asked"
run init defaults --yes --as-of 2026-12-04
run validate defaults --as-of 2026-12-04
mkdir -p "$repo/plans" && run init "$repo/plans/northby" --yes --as-of 2026-12-04 >/dev/null
[ -e "$repo/plans/northby/.git" ] && echo "git init ran inside a repository" || echo "no git init inside a repository"
run init bad --yes --as-of 2026-12-04 --inspection-date 2027-01-01
run init bad --yes --as-of 2026-12-04 --recommendations 0
run init bad --yes --as-of 2026-12-04 --recommendations 3x
