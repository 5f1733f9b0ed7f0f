# A GFM table written in a text field.
text_repo $'| a | b |\n|---|---|\n| c | d |'
