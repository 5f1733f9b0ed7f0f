# A timestamp where a date is expected.
valid_repo
edit actions/one.yaml 's/done: 2017-06-20/done: 2017-06-20T10:30:00Z/'
