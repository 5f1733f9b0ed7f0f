# An integer beyond 64 bits.
valid_repo
edit kpis/supervision-on-time.yaml 's/value: 88\.5/value: 99999999999999999999999/'
