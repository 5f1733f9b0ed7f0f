# value: "88.5" (a quoted figure is text).
valid_repo
edit kpis/supervision-on-time.yaml 's/value: 88\.5/value: "88.5"/'
