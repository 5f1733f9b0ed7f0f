# Uncommitted edits count as the newest state, and a note says so; --at
# reads a past revision without touching the working tree.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
sed -i 's/    due: 2017-04$/    due: 2017-05/' actions/practice.yaml
run changes --since HEAD --as-of 2017-04-01
run changes --slippage --as-of 2017-04-01
run overdue --at HEAD --as-of 2017-05-03 --format json
run overdue --as-of 2017-05-03 --format json
git status --short
