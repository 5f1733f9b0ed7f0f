# Status: with a capital letter is not status.
valid_repo
edit actions/one.yaml 's/\n    status: not-started\n/\n    Status: not-started\n/'
