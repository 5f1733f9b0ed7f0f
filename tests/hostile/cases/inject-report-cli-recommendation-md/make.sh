# Markup and Markdown in --recommendation-text, Markdown paper.
text_repo "Plain words"
