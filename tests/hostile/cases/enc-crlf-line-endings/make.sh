# CRLF line endings throughout (Windows): read exactly as LF.
valid_repo
for f in plan.yaml actions/one.yaml kpis/*.yaml; do perl -pi -e 's/\n/\r\n/' "$REPO/$f"; done
