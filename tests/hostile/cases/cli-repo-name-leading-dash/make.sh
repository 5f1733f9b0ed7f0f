# A repository folder called "-rf", named after "--": read as a folder.
valid_repo "$WORK/-rf"
