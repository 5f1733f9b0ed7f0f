# A merge key '<<' (kept by yaml-cpp as an ordinary key).
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    due: 2018-06\n    <<: {status: done}\n/'
