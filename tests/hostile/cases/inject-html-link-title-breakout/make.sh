# A link title that would break out of its attribute.
text_repo \[x\]\(https://example.org\ \"t\\\"\ onmouseover=\\\"alert\(1\)\"\)
