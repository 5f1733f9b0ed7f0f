# A C1 control (NEL, U+0085), which YAML itself treats as a line break.
valid_repo
edit actions/one.yaml 's/Terms of reference drafted\./Terms of reference\xc2\x85drafted./'
