# A double quote that would close an attribute and add a handler.
text_repo \"\ onmouseover=\"alert\(1\)\"\ x=\"
