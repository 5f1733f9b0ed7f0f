# The repository's own .git/config (which a cloned or shared repository's
# owner controls) sets a pager, fsmonitor, external diff and colours:
# nothing is run and the output is as with no configuration.
valid_repo
git_repo
commit 2017-08-01 "First"
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 2018-09\n    status: not-started/'
commit 2017-10-01 "Slip NB-4"
git -C "$REPO" config core.fsmonitor "touch $WORK/pwned-fsmonitor; true"
git -C "$REPO" config core.pager "touch $WORK/pwned-pager"
git -C "$REPO" config diff.external "touch $WORK/pwned-diff"
git -C "$REPO" config color.ui always
git -C "$REPO" config log.showSignature true
git -C "$REPO" config log.decorate full
git -C "$REPO" config i18n.logOutputEncoding ISO-8859-1
git -C "$REPO" config core.quotePath true
git -C "$REPO" config diff.renames copies
