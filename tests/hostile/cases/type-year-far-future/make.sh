# Year 99999: five digits.
valid_repo
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 99999-12-31\n    status: not-started/'
