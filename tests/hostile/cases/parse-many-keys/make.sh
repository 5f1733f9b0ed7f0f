# One action with 100,000 keys: reported, in bounded time.
valid_repo
perl -e 'print "actions:\n  - id: K-1\n"; for $i (1..100000) { print "    k$i: v\n" }' > "$REPO/actions/keys.yaml"
