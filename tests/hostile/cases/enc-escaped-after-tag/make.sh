# The same escape behind a non-specific tag ("! "): yaml-cpp marks the value
# at the tag, not at the quote, and the escape must still be refused.
valid_repo
edit actions/one.yaml 's/title: Recruit permanent social workers to reduce caseloads/title: ! "Recruit \\e[2J permanent social workers"/'
