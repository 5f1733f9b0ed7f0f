# A lone CR (old Mac line ending) inside a line.
valid_repo
edit actions/one.yaml 's/Terms of reference drafted\./Terms of reference\rdrafted./'
