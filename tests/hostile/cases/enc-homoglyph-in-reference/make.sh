# A theme reference with a Cyrillic o (U+043E): "wоrkforce".
valid_repo
edit actions/one.yaml 's/theme: workforce\n    recommendations: \[3\]/theme: w\xd0\xberkforce\n    recommendations: [3]/'
