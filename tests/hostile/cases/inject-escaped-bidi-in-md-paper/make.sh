# A right-to-left override written as a YAML escape ("\u202E") must not
# reach the Markdown paper raw either: it is shown as U+FFFD.
valid_repo
edit actions/one.yaml 's/title: Recruit permanent social workers to reduce caseloads/title: "Recruit \\u202Esdaolesac ecuder"/'
