# Markdown headings, which would break the paper's outline.
text_repo $'# Forged heading\n\nSetext heading\n==============\n\n###### Small'
