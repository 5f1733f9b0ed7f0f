# --at DATE reads the last commit on or before that day; a meeting before the
# repository's first commit starts the changes at that commit, with a note;
# status --as-of a past date on today's files suggests --at.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-04-10 "Ann Officer" "Plan put into git after the March board"
sed -i 's/    status: not-started/    status: in-progress/' actions/practice.yaml
commit 2017-05-10 "Bob Lead" "A-3 started"
sed -i '0,/    status: in-progress$/s//    status: done\n    done: 2017-06-01/' actions/practice.yaml
commit 2017-06-02 "Bob Lead" "A-1 done"
run overdue --at 2017-05-20 --as-of 2017-05-20
run validate --at 2017-04-10 --as-of 2017-04-10 --format json
run validate --at 2017-01-01 --as-of 2017-04-10
# The March board (28 March) is before the first commit (10 April).
run changes --meeting board --date 2017-04-25 --as-of 2017-06-10
# Today's files judged in May: A-1's completion is in the future then.
run status --as-of 2017-05-20
