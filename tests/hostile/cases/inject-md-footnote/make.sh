# A footnote reference and definition.
text_repo $'See[^1].\n\n[^1]: A footnote'
