# The same action id in two files.
valid_repo
printf 'actions:\n  - id: NB-4\n    title: Copy\n    theme: practice\n    recommendations: [1]\n    leads: [X]\n    due: 2018-06\n    status: not-started\n' > "$REPO/actions/two.yaml"
