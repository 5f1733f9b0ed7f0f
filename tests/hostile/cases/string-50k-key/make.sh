# A 50,000-character field name.
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/"\n    due: 2018-06\n    " . ("k" x 50000) . ": x\n"/e'
