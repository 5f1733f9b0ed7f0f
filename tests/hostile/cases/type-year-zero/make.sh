# Year 0000.
valid_repo
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 0000-01-01\n    status: not-started/'
