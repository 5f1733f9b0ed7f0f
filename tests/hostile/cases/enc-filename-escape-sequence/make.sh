# A file whose name holds an ANSI escape: named with the escape made visible.
valid_repo
printf 'notes\n' > "$REPO/actions/"$'\e[31mred.txt'
