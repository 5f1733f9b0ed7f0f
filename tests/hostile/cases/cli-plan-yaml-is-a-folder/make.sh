# plan.yaml is a folder.
valid_repo
rm "$REPO/plan.yaml"; mkdir "$REPO/plan.yaml"
