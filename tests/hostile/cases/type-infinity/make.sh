# -.Inf as a target.
valid_repo
edit kpis/supervision-on-time.yaml 's/target: \{value: 95\.0/target: {value: -.Inf/'
