# A financial quarter in a monthly series.
valid_repo
edit kpis/supervision-on-time.yaml 's/period: 2017-08/period: 2017\/18 Q2/'
