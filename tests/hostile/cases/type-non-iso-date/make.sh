# A British-style date, 20/06/2017.
valid_repo
edit actions/one.yaml 's/done: 2017-06-20/done: 20\/06\/2017/'
