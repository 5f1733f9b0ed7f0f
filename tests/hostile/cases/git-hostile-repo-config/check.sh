ls "$WORK" | grep -q pwned && die "git ran a command from the configuration: $(ls "$WORK" | grep pwned)"
cp "$REPO/.git/config" "$WORK/config.bak"
for k in core.fsmonitor core.pager diff.external color.ui log.showSignature log.decorate i18n.logOutputEncoding core.quotePath diff.renames; do git -C "$REPO" config --unset "$k"; done
run_plan changes "$REPO" --as-of 2017-10-31 --since 2017-09-01 || die "clean run failed"
cp "$WORK/config.bak" "$REPO/.git/config"
cmp -s "$WORK/run.out" "$STDOUT" || { diff "$WORK/run.out" "$STDOUT" | head; die "output differs from a run without the configuration"; }
