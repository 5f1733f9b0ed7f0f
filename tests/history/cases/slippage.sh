# A due date moved three times by two people: twice later, once earlier.
# The figures must match git log -p: times, days, first and current due.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
sed -i 's/    due: 2017-04$/    due: 2017-05/' actions/practice.yaml
commit 2017-04-10 "Bob Lead" "A-1 moved to May"
sed -i 's/    due: 2017-05$/    due: 2017-07-15/' actions/practice.yaml
commit 2017-05-20 "Cara Manager" "A-1 moved again"
sed -i 's/    due: 2017-07-15$/    due: 2017-06-29/' actions/practice.yaml
commit 2017-06-01 "Bob Lead" "A-1 brought forward"
sed -i 's/    due: 2017-06-30$/    due: 2017-07-31/' actions/practice.yaml
commit 2017-06-02 "Bob Lead" "A-2 slips a month"
run changes --slippage --as-of 2017-06-10
run changes --slippage --as-of 2017-06-10 --format markdown
