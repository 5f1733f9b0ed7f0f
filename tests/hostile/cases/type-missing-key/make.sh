# A required field left out.
valid_repo
edit actions/one.yaml 's/\n    status: not-started\n/\n/'
