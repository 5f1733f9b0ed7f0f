# --since DATE reads the plan as committed by the end of that day; --meeting
# board starts at the board's previous date before the paper's date.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
sed -i 's/    status: not-started/    status: in-progress/' actions/practice.yaml
commit 2017-04-25 "Ann Officer" "Update on the day of the April board"
sed -i 's/    due: 2017-09$/    due: 2017-11/' actions/practice.yaml
commit 2017-05-10 "Bob Lead" "A-3 slips"
# The paper for 30 May: changes since the April board (25 April, end of day).
run changes --meeting board --as-of 2017-05-29
run changes --meeting board --date 2017-04-25 --as-of 2017-04-25
run changes --since 2017-03-21 --until 2017-04-30 --as-of 2017-05-29
run changes --since 2017-01-01
# A mistyped meeting gets the same "did you mean" as plan report gives.
run changes --meeting boardd --as-of 2017-05-29
run report --meeting boardd --as-of 2017-05-29
