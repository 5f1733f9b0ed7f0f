# --at on a plan that is not in a git repository.
valid_repo
