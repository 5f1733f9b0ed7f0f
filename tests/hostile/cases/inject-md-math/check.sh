paper_matches_baseline md report @BASE@ --as-of 2017-10-31 --meeting board --format md
# Every '$' of the payload is escaped, so GitHub starts no math at it.
if grep -nE '(^|[^\\])\$' "$STDOUT" | head -n 3 | grep .; then die "an unescaped \$ reaches the Markdown paper"; fi
grep -qF '\$\\color' "$STDOUT" || die "the payload is not in the paper"
