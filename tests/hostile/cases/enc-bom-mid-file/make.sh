# A byte order mark in the middle of the file (files pasted together).
valid_repo
edit actions/one.yaml 's/- id: NB-4/- id: \xef\xbb\xbfNB-4/'
