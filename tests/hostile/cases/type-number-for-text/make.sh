# title: 2018 (a number where text is expected).
valid_repo
edit actions/one.yaml 's/title: Recruit permanent social workers to reduce caseloads/title: 2018/'
