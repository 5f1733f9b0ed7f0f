# -o names a new file in actions/: the paper would become an action file
# and break the plan the next time it is read.
valid_repo
