# The last value of the file opens a quote that never closes. yaml-cpp
# takes the rest of the file (one newline) as the value.
valid_repo
printf '    success: "Everyone trained\n' >> "$REPO/actions/one.yaml"
