# Paths with spaces and non-ASCII names, a plan in a sub-folder, files
# renamed and split, a detached HEAD, and a user config with colour, pager,
# signatures and aliases: all read the same.
. "$(dirname "$0")/../lib.sh"
mkdir -p "plans/Plan für Northby"
cd "plans/Plan für Northby"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
git mv actions/practice.yaml "actions/practice actions.yaml"
commit 2017-03-21 "Ann Officer" "Rename"
# Split A-3 into a file of its own, and slip it.
head -n 15 "actions/practice actions.yaml" > actions/a.yaml
rm "actions/practice actions.yaml"
cat > "actions/care leavers é.yaml" <<'YAML'
actions:
  - id: A-3
    title: Pathway plans
    theme: practice
    recommendations: [3]
    leads: [Leaving Care Manager]
    due: 2017-10
    status: not-started
YAML
commit 2017-04-02 "Bob Lead" "Split the plan, A-3 slips"
git checkout -q --detach HEAD
cat >> "$HOME/.gitconfig" <<'CFG'
[color]
  ui = always
[core]
  pager = less -R
[log]
  showSignature = true
  decorate = full
[format]
  pretty = oneline
[alias]
  log = nonsense
CFG
run validate --as-of 2017-04-03
run changes --since 2017-03-20 --as-of 2017-04-03 --slippage
