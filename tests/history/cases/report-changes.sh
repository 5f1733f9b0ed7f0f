# The paper's "Changes since the last meeting": from the board's previous
# date before the paper's date, with slippage; --no-history leaves it out.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
sed -i 's/    due: 2017-09$/    due: 2017-11/' actions/practice.yaml
sed -i 's/    status: not-started/    status: in-progress/' actions/practice.yaml
commit 2017-04-10 "Bob Lead" "A-3 started, and slips"
run report --as-of 2017-04-20 --meeting board --sections changes,exceptions
run report --as-of 2017-04-20 --meeting board --sections changes --format html
run report --as-of 2017-04-20 --since nope --sections changes
run report --as-of 2017-04-20 --sections changes --no-history
