# Pipes and line breaks that would add cells or rows to a table.
text_repo $'a | b | c\n|---|---|\n| forged | row |'
