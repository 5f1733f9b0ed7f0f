# leads: Head of HR (text where a list is expected).
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: Head of HR/'
