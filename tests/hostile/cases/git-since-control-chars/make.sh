# --since with an OSC sequence (sets the terminal's title): echoed with the
# escapes made visible.
valid_repo
git_repo
commit 2017-08-01 "First"
