# -o reaches actions/ through a linked folder and "..": the same path spelt
# differently is refused as well (linked/.. is the repository itself).
valid_repo
ln -s "$REPO/kpis" "$WORK/linked"
