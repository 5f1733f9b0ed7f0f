# A UTF-16 surrogate (U+D800) encoded as UTF-8 (CESU-8).
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: [Head of \xed\xa0\x80HR]/'
