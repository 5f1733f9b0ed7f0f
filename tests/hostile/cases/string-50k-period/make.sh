# A 50,000-character KPI period.
valid_repo
edit kpis/supervision-on-time.yaml 's/period: 2017-08/"period: \"2017\/" . ("8" x 50000) . "\""/e'
