# A financial year that does not follow on: 2017/19.
valid_repo
edit kpis/supervision-on-time.yaml 's/period: 2017-08/period: "2017\/19"/'
