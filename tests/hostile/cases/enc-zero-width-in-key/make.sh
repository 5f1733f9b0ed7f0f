# A zero-width space inside a field name: "d<ZWSP>ue" is not "due".
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    d\xe2\x80\x8bue: 2018-06\n/'
