# A 7.6 MB action file of 40,000 valid actions, just under the size limit:
# read and checked in bounded time.
valid_repo
perl -e 'print "actions:\n"; for $i (5..40000) { print "  - id: B-$i\n    title: Action number $i with a reasonably long title\n    theme: practice\n    recommendations: [1]\n    leads: [Head of Service]\n    due: 2018-06\n    status: not-started\n" }' > "$REPO/actions/big.yaml"
