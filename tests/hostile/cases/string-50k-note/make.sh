# A 50,000-character progress note (free text is at most 20,000).
valid_repo
edit actions/one.yaml 's/note: Terms of reference drafted\./"note: " . ("drafted " x 6250)/e'
