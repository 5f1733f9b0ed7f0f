# A repository folder named with an escape sequence that does not exist:
# the message shows the name with the escape made visible.
valid_repo
