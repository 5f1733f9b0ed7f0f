# Thematic breaks.
text_repo $'***\n___\n- - -'
