# A misspelt field name: a suggestion, not silence.
valid_repo
edit actions/one.yaml 's/\n    status: not-started\n/\n    stauts: not-started\n/'
