# A duplicate written once plain and once quoted: due and "due".
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    due: 2018-06\n    "due": 2019-06\n/'
