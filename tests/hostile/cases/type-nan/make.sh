# .nan as a KPI figure.
valid_repo
edit kpis/supervision-on-time.yaml 's/value: 88\.5/value: .nan/'
