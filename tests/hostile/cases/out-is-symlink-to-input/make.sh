# -o names a symbolic link to a KPI file.
valid_repo
ln -s repo/kpis/supervision-on-time.yaml "$WORK/paper.md"
