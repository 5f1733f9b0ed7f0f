# A Cyrillic capital VE (U+0412) that looks like Latin B in an id.
valid_repo
edit actions/one.yaml 's/- id: NB-4/- id: N\xd0\x92-4/'
