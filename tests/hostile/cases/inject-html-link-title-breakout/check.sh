paper_matches_baseline html report @BASE@ --as-of 2017-10-31 --meeting board --format html
