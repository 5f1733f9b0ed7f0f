# A file holding just ',' (yaml-cpp's LoadAll never returns on it).
valid_repo
printf ',' > "$REPO/actions/comma.yaml"
