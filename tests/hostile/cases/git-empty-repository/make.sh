# plan changes in a repository with no commits.
valid_repo
git_repo
