# An unclosed double quote that would swallow the fields after it.
valid_repo
edit actions/one.yaml 's/- id: NB-4\n/- id: "NB-4\n/'
