# A complex key ("? [a, b]"): keys are plain text.
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    ? [due, date]\n    : 2018-06\n/'
