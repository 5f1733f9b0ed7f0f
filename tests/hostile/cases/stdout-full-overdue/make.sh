# plan overdue --format markdown to a full standard output.
valid_repo
