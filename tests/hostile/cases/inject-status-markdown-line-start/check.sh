paper_matches_baseline md status @BASE@ --as-of 2017-10-31 --format markdown
