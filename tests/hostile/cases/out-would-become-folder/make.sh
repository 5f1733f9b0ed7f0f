# -o names kpis itself in a plan with no kpis/ folder yet: the file would
# stand where the folder belongs, and every later run would fail.
valid_repo
rm -rf "$REPO/kpis"
edit actions/one.yaml 's/^ *measures:.*\n//mg'
