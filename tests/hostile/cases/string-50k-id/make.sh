# A 50,000-character id.
valid_repo
edit actions/one.yaml 's/- id: NB-4/"- id: NB" . ("4" x 50000)/e'
