# A file name with a right-to-left override in --format github: the Actions
# log shows bidi controls raw, so the annotation writes it as %XX.
valid_repo
printf 'actions: [1]\n' > "$REPO/actions/"$'x\xe2\x80\xaetxt.yaml'
