# The paper to a full standard output (/dev/full): exit 3 with the reason.
valid_repo
