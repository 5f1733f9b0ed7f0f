# Two byte order marks at the start: the second is mid-file.
valid_repo
edit actions/one.yaml 's/^/\xef\xbb\xbf\xef\xbb\xbf/'
