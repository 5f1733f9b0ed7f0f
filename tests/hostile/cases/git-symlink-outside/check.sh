# The working tree says exactly the same.
code=0
"$PLAN" validate "$REPO" --as-of 2017-10-31 > /dev/null 2> "$WORK/working-tree.err" || code=$?
[ "$code" = 3 ] || die "the working tree: exit $code, not 3"
diff "$STDERR" "$WORK/working-tree.err" || die "the revision and its checkout read differently"
