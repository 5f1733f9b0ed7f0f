# A 50,000-character title (std::regex in GCC overflows the stack at about
# this length, so nothing may run a regex over it).
valid_repo
edit actions/one.yaml 's/title: Recruit permanent social workers to reduce caseloads/"title: " . ("Recruit " x 6250)/e'
