# "Billion laughs": 30 levels of nine aliases each; refused, not expanded.
valid_repo
perl -e 'print "a0: &a0 [lol]\n"; for $i (1..30) { my $p = $i - 1; print "a$i: &a$i [", join(", ", ("*a$p") x 9), "]\n" }' > "$REPO/actions/bomb.yaml"
