# A link whose text passes through a file (`../plan.yaml/../notes/real.yaml`)
# cannot be opened: the system needs each name on the way to be a folder.
# Read from the working tree and at a revision, it is "Not a directory",
# never the file its text would reach if read as text.
. "$(dirname "$0")/../lib.sh"
base_plan
mkdir notes
cat > notes/real.yaml <<'YAML'
actions:
  - id: X-1
    title: Read through a file
    theme: practice
    recommendations: [1]
    leads: [Head of Service]
    due: 2017-09
    status: not-started
YAML
ln -s ../plan.yaml/../notes/real.yaml actions/x.yaml
ln -s ../notes/../notes/real.yaml actions/y.yaml
commit 2017-03-20 "Ann Officer" "Plan agreed"
cat actions/x.yaml >/dev/null 2>"$work/cat-err" || echo "the system: $(sed 's/.*: //' "$work/cat-err")"
run validate --as-of 2017-04-01
run validate --at HEAD --as-of 2017-04-01
