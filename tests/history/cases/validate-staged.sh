# validate --staged checks the index, not the working tree: a broken file
# staged while the working tree is fixed fails, and a fixed file staged while
# the working tree is broken passes. It works before the first commit (a
# pre-commit hook on a new plan), in a plan folder inside a larger
# repository, and refuses --at with it and a folder outside git.
. "$(dirname "$0")/../lib.sh"
base_plan
git add -A
run validate --staged --as-of 2017-03-20
commit 2017-03-20 "Ann Officer" "Plan agreed"

cp actions/practice.yaml "$work/good.yaml"
sed -i 's/status: not-started/status: not started/' actions/practice.yaml
git add actions/practice.yaml
cp "$work/good.yaml" actions/practice.yaml
run validate --staged --as-of 2017-03-20
run validate --as-of 2017-03-20

git add actions/practice.yaml
sed -i 's/status: not-started/status: not started/' actions/practice.yaml
run validate --staged --as-of 2017-03-20
run validate --as-of 2017-03-20 --format json
git checkout -q -- actions/practice.yaml

echo "not: [valid" > kpis/new.yaml
run validate --staged --as-of 2017-03-20
git add kpis/new.yaml
run validate --staged --as-of 2017-03-20
git rm -q --cached kpis/new.yaml && rm kpis/new.yaml

mkdir -p "$work/big/docs" && git -C "$work/big" init -q && base_plan "$work/big/plans/northby"
(cd "$work/big" && git add -A)
cd "$work/big/plans/northby" && run validate --staged --as-of 2017-03-20
cd "$repo"
run validate --staged --at HEAD
mkdir -p "$work/loose" && base_plan "$work/loose" && cd "$work/loose" && run validate --staged --as-of 2017-03-20
