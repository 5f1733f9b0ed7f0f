# due: with nothing after it.
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    due:\n/'
