# CSV injection: cells a spreadsheet would run as formulas (=, +, -, @, a
# leading tab or carriage return) are refused with their row and column;
# plain signed numbers are numbers. Nothing is written.
valid_repo
printf 'skip 1\nfields kpi, period, value, note\n' > "$WORK/k.rules"
printf 'kpi,period,value,note\nsupervision-on-time,2017-10,=1+2,x\nsupervision-on-time,2017-11,-3,"=HYPERLINK(""http://evil.example"",""click"")"\nsupervision-on-time,2017-12,+4,@SUM(A1:A9)\nsupervision-on-time,2018-01,"\t5",ok\nsupervision-on-time,2018-02,6,"\rcmd"\nsupervision-on-time,2018-03,-cmd|/c calc,ok\n' > "$WORK/in.csv"
