# A KPI lag of 2,000,000 days: refused at the value, never read silently as
# the default 30 (the loader cannot hold it as a date offset).
valid_repo
edit kpis/supervision-on-time.yaml 's/  frequency: monthly/  frequency: monthly\n  lag: 2000000/'
