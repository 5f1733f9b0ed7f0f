# Text that would add attributes to an unquoted attribute value.
text_repo x\ onmouseover=alert\(1\)\ style=position:fixed\;top:0
