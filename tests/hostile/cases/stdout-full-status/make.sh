# plan status to a full standard output.
valid_repo
