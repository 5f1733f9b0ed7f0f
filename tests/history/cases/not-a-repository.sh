# Outside git, history options say so clearly and everything else works;
# shallow clones and empty repositories are named, never "no changes";
# option-like revisions are refused as revisions.
. "$(dirname "$0")/../lib.sh"
rm -rf .git
base_plan
run changes --since HEAD~1
run status --at HEAD --as-of 2017-03-01
run validate --as-of 2017-03-01
git init -q
run changes --since HEAD
commit 2017-03-20 "Ann Officer" "Plan agreed"
commit 2017-03-21 "Ann Officer" "Nothing"
commit 2017-03-22 "Ann Officer" "Nothing again"
run changes --since=--output=oops
run changes --since "HEAD; rm -rf /"
ls
git clone -q --depth 1 "file://$repo" "$work/shallow"
cd "$work/shallow"
run changes --since HEAD~1
run validate --at HEAD --as-of 2017-03-25
