# Month 13.
valid_repo
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 2018-13\n    status: not-started/'
