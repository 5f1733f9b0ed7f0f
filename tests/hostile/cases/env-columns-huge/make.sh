# COLUMNS set to a number past int: ignored, not overflowed.
valid_repo
