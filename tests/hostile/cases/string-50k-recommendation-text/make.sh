# A recommendation's text of 50,000 characters on one line.
valid_repo
edit plan.yaml 's/text: Make sure managers check and direct casework regularly\./"text: " . ("regularly " x 5000)/e'
