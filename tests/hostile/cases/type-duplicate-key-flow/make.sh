# The same key twice in a flow mapping: {period: 2017-07, value: 82.0, value: 12}.
valid_repo
edit kpis/supervision-on-time.yaml 's/value: 82\.0\}/value: 82.0, value: 12}/'
