# A 190-byte unknown key, 1,000 times: "did you mean" stays fast.
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/"\n    due: 2018-06\n" . join("", map { "    " . ("s" x 186) . "$_: x\n" } 1000..1999)/e'
