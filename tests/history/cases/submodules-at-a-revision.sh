# plan.yaml, or actions/, committed as a submodule (a gitlink: a commit of
# another repository): validating that revision says what the working tree
# would (plan.yaml is not a file; actions/ is not a folder of this
# repository's files), never "not in this revision" or nothing at all.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
good=$(git rev-parse HEAD)
some_commit=$good  # any commit id will do for a gitlink

git rm -q --cached plan.yaml
git update-index --add --cacheinfo "160000,$some_commit,plan.yaml"
GIT_COMMITTER_DATE=2017-03-21T12:00:00Z GIT_AUTHOR_DATE=2017-03-21T12:00:00Z git commit -q -m "plan.yaml as a submodule"
run validate --at HEAD --as-of 2017-04-01

git reset -q --hard "$good"
git rm -q -r --cached actions
git update-index --add --cacheinfo "160000,$some_commit,actions"
GIT_COMMITTER_DATE=2017-03-22T12:00:00Z GIT_AUTHOR_DATE=2017-03-22T12:00:00Z git commit -q -m "actions/ as a submodule"
run validate --at HEAD --as-of 2017-04-01
