# title: null is empty, not the text "null".
valid_repo
edit actions/one.yaml 's/title: Introduce monthly case supervision for every social worker/title: null/'
