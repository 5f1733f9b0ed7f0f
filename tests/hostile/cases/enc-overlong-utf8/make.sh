# An overlong encoding of '/' (0xC0 0xAF), a classic filter bypass.
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: [Head of \xc0\xafHR]/'
