# leads: [~] is a list holding nothing.
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: [~]/'
