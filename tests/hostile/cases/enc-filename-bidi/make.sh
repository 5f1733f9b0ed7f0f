# A file name with a right-to-left override (looks like "lmay.txt").
valid_repo
printf 'actions: [1]\n' > "$REPO/actions/"$'x\xe2\x80\xaetxt.yaml'
