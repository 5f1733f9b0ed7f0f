# note: no stays the word "no" (YAML 1.1 would read false and lose it).
valid_repo
edit actions/one.yaml 's/note: Terms of reference drafted\./note: no/'
