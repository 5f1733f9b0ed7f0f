# A stray comma in a flow list: [Head of HR, , Director].
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: [Head of HR, , Director]/'
