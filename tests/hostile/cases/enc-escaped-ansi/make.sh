# A YAML escape in a double-quoted value ("\\e[2J") makes the character the
# encoding check refuses in the raw file: it must be refused here too.
valid_repo
edit actions/one.yaml 's/title: Recruit permanent social workers to reduce caseloads/title: "Recruit \\e[2J permanent social workers"/'
