# A float beyond double range.
valid_repo
edit kpis/supervision-on-time.yaml 's/value: 88\.5/value: 1e999/'
