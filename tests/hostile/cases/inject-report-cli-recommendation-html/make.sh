# Markup in --recommendation-text (typed by whoever runs the report).
text_repo "Plain words"
