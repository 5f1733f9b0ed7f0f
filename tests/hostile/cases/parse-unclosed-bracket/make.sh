# A flow list whose ']' is missing.
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: [Head of HR/'
