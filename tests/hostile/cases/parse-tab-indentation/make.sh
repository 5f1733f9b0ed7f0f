# A tab used for indentation: the message says so.
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n\tdue: 2018-06\n/'
