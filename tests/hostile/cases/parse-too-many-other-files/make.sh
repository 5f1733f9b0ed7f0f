# 5,100 notes in actions/ (not YAML): the listing stops at the limit
# whatever fills it, so the limit must be reported rather than kpis/ being
# left out without a word.
valid_repo
(cd "$REPO/actions" && for i in $(seq 1 5100); do printf 'note\n' > "note$i.md"; done)
