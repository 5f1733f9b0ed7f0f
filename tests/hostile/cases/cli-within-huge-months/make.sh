# --within 201201m: 16,766 years on; a usage error, not an exception from the
# calendar library ("internal error: Year is out of valid range").
valid_repo
