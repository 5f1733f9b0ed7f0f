# -o names plan.yaml by a roundabout path.
valid_repo
