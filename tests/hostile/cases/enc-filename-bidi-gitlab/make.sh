# File names with a right-to-left override, a C1 control and an ANSI escape
# in --format gitlab: the JSON names them exactly, as \u escapes, so that
# none reaches a terminal or a CI log raw.
valid_repo
printf 'actions: [1]\n' > "$REPO/actions/"$'x\xe2\x80\xaetxt\xc2\x9b.yaml'
printf 'notes\n' > "$REPO/actions/"$'\e[31mred.txt'
