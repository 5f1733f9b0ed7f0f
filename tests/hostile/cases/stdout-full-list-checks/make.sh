# plan validate --list-checks to a full standard output.
