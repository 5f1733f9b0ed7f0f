# --as-of 2199-12-31, the last date plan accepts: every figure is stale and
# every action late, but nothing overflows.
valid_repo
