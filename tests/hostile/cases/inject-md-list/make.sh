# List markers at the start of a line or a field.
text_repo $'- one\n* two\n+ three\n1. four\n2) five'
