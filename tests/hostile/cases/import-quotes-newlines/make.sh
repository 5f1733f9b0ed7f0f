# Quoted cells with doubled quotes, separators and line breaks inside, and
# CRLF rows: read as RFC 4180 says, and the note written as one escaped
# YAML string. A dry run: the diff on stdout, nothing written.
valid_repo
printf 'skip 1\nfields kpi, period, value, note\n' > "$WORK/k.rules"
printf 'kpi,period,value,note\r\n"supervision-on-time","2017-10","92.5","He said ""fine"", then:\r\n# not a comment\r\n- not a list"\r\n' > "$WORK/in.csv"
