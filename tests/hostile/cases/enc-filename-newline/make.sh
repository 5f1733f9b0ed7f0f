# A file name with a newline in it cannot forge a second finding line.
valid_repo
printf 'actions: {}\n' > "$REPO/actions/"$'two\nerror.yaml'
