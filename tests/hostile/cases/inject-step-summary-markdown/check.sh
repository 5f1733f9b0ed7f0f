[ -s "$WORK/summary.md" ] || die "no step summary written"
"$HOSTILE_TOOLS/md-outline" "$WORK/summary.md" > "$WORK/outline"
if grep -E '^ *(html_block|html_inline|image|link)' "$WORK/outline"; then die "the step summary has a link, an image or HTML"; fi
