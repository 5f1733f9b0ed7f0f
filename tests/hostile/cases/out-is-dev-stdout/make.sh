# -o /dev/stdout (standard output a regular file here): the paper goes to
# standard output; /dev/stdout is not replaced (as root it could be).
valid_repo
