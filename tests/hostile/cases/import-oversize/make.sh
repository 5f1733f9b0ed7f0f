# A 1 GB export (a sparse file): refused by the documented 64 MiB limit
# before a byte of it is read.
valid_repo
truncate -s 1G "$WORK/big.csv"
printf 'skip 1\nfields kpi, period, value\n' > "$WORK/k.rules"
