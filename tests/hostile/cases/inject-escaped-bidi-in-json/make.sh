# A right-to-left override written as a YAML escape ("\u202E"), through
# plan status --format json (under --force, since validate refuses it): the
# JSON keeps the text, as a \u escape, so the override does not reach the
# terminal raw.
valid_repo
edit actions/one.yaml 's/title: Recruit permanent social workers to reduce caseloads/title: "Recruit \\u202Esdaolesac ecuder"/'
