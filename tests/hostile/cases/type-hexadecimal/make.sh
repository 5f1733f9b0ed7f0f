# 0x55: a hexadecimal number.
valid_repo
edit kpis/supervision-on-time.yaml 's/value: 88\.5/value: 0x55/'
