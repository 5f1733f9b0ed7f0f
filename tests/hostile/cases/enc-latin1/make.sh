# A Latin-1 e-acute (0xE9) in a lead's name.
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: [Head of HR, Ren\xe9e]/'
