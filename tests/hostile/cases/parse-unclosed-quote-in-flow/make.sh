# An unclosed quote inside a flow list: the message must be about the quote.
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: ["Head of HR]/'
