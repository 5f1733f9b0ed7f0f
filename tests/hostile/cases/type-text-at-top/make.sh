# A KPI file that is one line of text.
valid_repo
printf 'Supervision figures are in the spreadsheet\n' > "$REPO/kpis/supervision-on-time.yaml"
