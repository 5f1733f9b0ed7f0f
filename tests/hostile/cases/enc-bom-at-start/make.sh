# A UTF-8 byte order mark at the very start is allowed (Windows editors add it).
valid_repo
edit actions/one.yaml 's/^/\xef\xbb\xbf/'
