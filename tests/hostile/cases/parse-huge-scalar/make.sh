# One 200,000-byte value (the limit is 100,000).
valid_repo
edit actions/one.yaml 's/note: Terms of reference drafted\./"note: " . ("x" x 200000)/e'
