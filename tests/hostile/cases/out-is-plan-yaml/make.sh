# -o names the plan's own plan.yaml: refused, plan.yaml untouched.
valid_repo
