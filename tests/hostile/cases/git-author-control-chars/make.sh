# Commit authors and messages with escape sequences and bidi controls:
# the terminal view shows them with the controls made visible.
valid_repo
git_repo
commit 2017-08-01 "First"
edit actions/one.yaml 's/due: 2018-06\n    status: not-started/due: 2018-09\n    status: not-started/'
commit 2017-10-01 "Slip NB-4"
edit actions/one.yaml 's/due: 2018-09\n/due: 2018-12\n/'
git -C "$REPO" add -A
GIT_AUTHOR_NAME=$(printf "Mallory \033[2J\033[31m\342\200\256evil") GIT_AUTHOR_DATE=2017-10-05T12:00:00Z GIT_COMMITTER_DATE=2017-10-05T12:00:00Z git -C "$REPO" commit -q -m "$(printf "\033]0;title\007 slip again")"
