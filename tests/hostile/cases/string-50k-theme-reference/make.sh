# A 50,000-character theme reference (the "did you mean" search must not
# take quadratic time over it).
valid_repo
edit actions/one.yaml 's/theme: workforce\n    recommendations: \[3\]/"theme: " . ("workforce" x 5556) . "\n    recommendations: [3]"/e'
