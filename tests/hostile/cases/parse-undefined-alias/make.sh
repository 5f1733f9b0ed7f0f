# An alias to an anchor that does not exist.
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: *nowhere/'
