# A user configuration that changes what git prints and runs commands
# (pager, aliases, colours, signatures, fsmonitor, external diff): plan's
# output is the same as with none, and nothing is run.
valid_repo
git_repo
commit 2017-08-01 "First"
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 2018-09\n    status: not-started/'
commit 2017-10-01 "Slip NB-4"
mkdir -p "$WORK/home"
cat > "$WORK/home/.gitconfig" <<CFG
[core]
	pager = touch $WORK/pwned-pager
	fsmonitor = touch $WORK/pwned-fsmonitor; true
	quotePath = true
	hooksPath = $WORK/hooks
[color]
	ui = always
[log]
	showSignature = true
	decorate = full
	date = relative
	abbrevCommit = true
	follow = true
[format]
	pretty = oneline
[diff]
	external = touch $WORK/pwned-diff
	renames = copies
	noprefix = true
[i18n]
	logOutputEncoding = ISO-8859-1
[alias]
	log = !touch $WORK/pwned-alias
	rev-parse = !touch $WORK/pwned-alias
[include]
	path = $WORK/missing.inc
CFG
