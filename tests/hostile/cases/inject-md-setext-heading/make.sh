# Setext underlines that would turn the line before into a heading.
text_repo $'Text\n===\nMore\n---'
