# An action file that is a bare list (without "actions:").
valid_repo
printf -- '- id: NB-1\n  title: One\n' > "$REPO/actions/one.yaml"
