# 0o17: an octal number (YAML 1.2 core schema).
valid_repo
edit kpis/supervision-on-time.yaml 's/value: 88\.5/value: 0o17/'
