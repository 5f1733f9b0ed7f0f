# NUL bytes in an export: refused with the row and column, nothing written.
valid_repo
printf 'skip 1\nfields kpi, period, value\n' > "$WORK/k.rules"
printf 'kpi,period,value\nsupervision-on-time,2017-10,9\0002\n' > "$WORK/in.csv"
