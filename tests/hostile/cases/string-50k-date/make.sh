# A 50,000-character due date.
valid_repo
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/"due: 2018-06" . ("-06" x 16666) . "\n    status: not-started"/e'
