# A theme typed with an escape sequence in it: echoed in the message with
# the escape made visible, not sent to the terminal.
valid_repo
