# plan update, kpi add and kpi import with --commit: each makes one commit
# of exactly its file, as the user's git identity, on the day it ran; plan
# changes then reports the move (with its reason in the plan) to the day.
# A file with other uncommitted changes is refused, and a held lock explained.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
git config user.name "Pat Officer" && git config user.email pat@northby.example
at() { export GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z"; }
at 2017-04-10
run update A-1 --as-of 2017-04-10 --note "Consultation ran late: now May" --rag amber --due 2017-05 --reason "Consultation with team managers took longer" --decision "Board 28 Mar" --commit
git log -1 --format='%an <%ae> %ad %s' --date=short
git show --stat --format= HEAD
at 2017-04-12
run kpi add timeliness 2017-03 74.5 --as-of 2017-04-12 --commit
printf 'Month;Figure\nApr-17;76,0\n' > "$work/april.csv"
printf 'skip 1\nseparator ;\nfields period, value\ndecimal-mark ,\nkpi timeliness\n' > "$work/april.rules"
at 2017-05-08
run kpi import ../april.csv --rules ../april.rules --as-of 2017-05-08 --commit
at 2017-05-09
run kpi add timeliness 2017-04 75.5 --restate --reason "Late recording of April's assessments" --as-of 2017-05-09 --commit
git log --format='%ad %an %s' --date=short
run changes --slippage --as-of 2017-05-10 --width 200
run changes --since 2017-04-01 --as-of 2017-05-10 --width 200
run changes --since 2017-05-08 --as-of 2017-05-10 --width 200
"$PLAN" report --as-of 2017-05-10 --since 2017-04-01 --format md | grep -E "because" 
sed -n '/id: A-1/,/id: A-2/p' actions/practice.yaml
# Other uncommitted changes in the file: refused, nothing written.
echo "# a hand edit" >> kpis/timeliness.yaml
run kpi add timeliness 2017-05 77 --as-of 2017-06-05 --commit
git diff --stat
git checkout -q kpis/timeliness.yaml
# A lock left behind by a killed run: explained, nothing written.
echo 999999 > .plan.lock
run kpi add timeliness 2017-05 77 --as-of 2017-06-05 | sed -E 's/[0-9]+ seconds? old/N seconds old/'
rm .plan.lock
git status --short
