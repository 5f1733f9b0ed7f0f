# Run where there is no plan at all.
mkdir -p "$WORK/empty"
