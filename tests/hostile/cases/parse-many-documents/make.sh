# A second document after '---' (and 10,000 more): one finding, no loop.
valid_repo
perl -e 'print "---\nkpi:\n  id: second\n" x 10000' >> "$REPO/kpis/supervision-on-time.yaml"
