# A code point past U+10FFFF (0xF4 0x90 0x80 0x80).
valid_repo
edit actions/one.yaml 's/leads: \[Head of HR\]/leads: [Head of \xf4\x90\x80\x80HR]/'
