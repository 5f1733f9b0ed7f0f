# A YAML escape in a double-quoted value ("\\x00") makes the character the
# encoding check refuses in the raw file: it must be refused here too.
valid_repo
edit actions/one.yaml 's/title: Recruit permanent social workers to reduce caseloads/title: "Recruit \\x00 permanent social workers"/'
