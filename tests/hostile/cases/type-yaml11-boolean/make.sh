# exempt: yes is YAML 1.1 for true; in YAML 1.2 it is the word "yes".
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    due: 2018-06\n    exempt: yes\n/'
