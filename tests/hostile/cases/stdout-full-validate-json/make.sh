# plan validate --format json to a full standard output.
valid_repo
