# A recommendation number far beyond int: not wrapped round to a real one.
valid_repo
edit actions/one.yaml 's/recommendations: \[3\]/recommendations: [4294967299]/'
