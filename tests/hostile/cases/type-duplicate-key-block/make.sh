# The same key twice in a block mapping (yaml-cpp keeps both, reads the first).
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    due: 2018-06\n    due: 2019-06\n/'
