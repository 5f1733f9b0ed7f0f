# A right-to-left isolate (U+2067).
valid_repo
edit actions/one.yaml 's/to reduce caseloads/to \xe2\x81\xa7reduce caseloads/'
