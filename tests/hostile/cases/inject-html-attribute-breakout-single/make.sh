# A single quote that would close an attribute and add a handler.
text_repo \'\ onfocus=\'alert\(1\)\'\ autofocus\ x=\'
