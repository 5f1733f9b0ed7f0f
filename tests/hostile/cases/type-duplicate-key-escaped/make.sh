# A duplicate spelt with an escape: "d\x75e" is "due".
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    due: 2018-06\n    "d\\x75e": 2019-06\n/'
