# A KPI lag of 1,000,000 days (2,700 years, before the calendar begins),
# shown with --force: the error is named, the view is written; no "internal
# error: Year is out of valid range".
valid_repo
edit kpis/supervision-on-time.yaml 's/  frequency: monthly/  frequency: monthly\n  lag: 1000000/'
