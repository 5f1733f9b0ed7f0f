# A file name holding an ANSI escape, in --format github: GitHub's log
# viewer renders escapes, so the annotation must not carry it raw.
valid_repo
printf 'notes\n' > "$REPO/actions/"$'\e[31mred.txt'
