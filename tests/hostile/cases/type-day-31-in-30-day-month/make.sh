# 31 June.
valid_repo
edit actions/one.yaml 's/done: 2017-06-20/done: 2017-06-31/'
