# A zero-width space inside an id: the message must show where, since the
# id looks right on screen.
valid_repo
edit actions/one.yaml 's/- id: NB-4/- id: NB\xe2\x80\x8b-4/'
