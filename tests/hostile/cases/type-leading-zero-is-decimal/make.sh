# 010 is ten in YAML 1.2 (YAML 1.1 and yaml-cpp's as<int> read eight).
valid_repo
edit kpis/supervision-on-time.yaml 's/value: 91\.0/value: 010/'
