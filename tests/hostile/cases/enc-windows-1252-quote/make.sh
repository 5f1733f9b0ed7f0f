# A Windows-1252 curly apostrophe (0x92), as pasted from Word.
valid_repo
edit actions/one.yaml 's/case supervision/case\x92s supervision/'
