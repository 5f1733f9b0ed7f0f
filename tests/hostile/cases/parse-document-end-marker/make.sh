# '...' ends the document; the actions after it must not vanish silently.
valid_repo
edit actions/one.yaml 's/\n  - id: NB-4\n/\n...\n  - id: NB-4\n/'
