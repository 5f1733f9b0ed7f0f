# ATX headings, which would break the paper's outline.
text_repo $'# Forged heading\n## Another'
