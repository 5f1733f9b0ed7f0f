# An empty plan.yaml: every required section is missing.
valid_repo
: > "$REPO/plan.yaml"
