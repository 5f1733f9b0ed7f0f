paper_matches_baseline md report @BASE@ --as-of 2017-10-31 --meeting board --format md
