# A revision is labelled as typed, and each view escapes the label for where
# it is shown: the terminal sees \x01, JSON carries the character itself
# (\u0001), not the terminal's escape as literal text.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" $'Plan agreed \x01 at the board'
sed -i 's/    status: not-started/    status: in-progress/' actions/practice.yaml
commit 2017-04-25 "Ann Officer" "A-3 started"
run changes --since $'HEAD^{/\x01}' --as-of 2017-05-01
run changes --since $'HEAD^{/\x01}' --as-of 2017-05-01 --format json
