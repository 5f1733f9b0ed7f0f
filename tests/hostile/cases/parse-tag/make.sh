# An explicit tag: !!binary on a value.
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: [!!binary SGVhZCBvZiBIUg==]/'
