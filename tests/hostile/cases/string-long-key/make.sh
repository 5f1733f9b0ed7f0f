# A 300-byte field name.
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/"\n    due: 2018-06\n    " . ("k" x 300) . ": x\n"/e'
