# 100,000 rows, every one read and checked, the last a formula: the one bad
# row is reported with its place and nothing is written (all or nothing).
valid_repo
printf 'skip 1\nfields kpi, period, value\nperiod-format YYYY-MM-DD\n' > "$WORK/k.rules"
python3 - "$WORK/in.csv" <<'PY'
import datetime, sys
d = datetime.date(1900, 1, 1)
with open(sys.argv[1], "w") as f:
    f.write("kpi,period,value\n")
    for i in range(99999):
        f.write(f"supervision-on-time,{(d + datetime.timedelta(days=i)).isoformat()},{i % 100}.5\n")
    f.write("supervision-on-time,2199-12-31,=1+2\n")
PY
