# A no-break space before the colon: "due<NBSP>:" is not "due".
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    due\xc2\xa0: 2018-06\n/'
