# 29 February in a year that is not a leap year.
valid_repo
edit actions/one.yaml 's/done: 2017-06-20/done: 2017-02-29/'
