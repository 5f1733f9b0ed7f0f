# No HOME and an empty PATH: git cannot be found, and plan says so rather
# than crashing (or running something else called git).
valid_repo
git_repo
commit 2017-08-01 "First"
