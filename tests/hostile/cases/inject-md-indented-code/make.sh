# An indented line, which would become a code block.
text_repo $'text\n\n    indented code\n\tand a tab'
