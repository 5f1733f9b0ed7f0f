# Backslashes, including one at the very end (a hard line break).
text_repo a\ \\\*\ b\ \\\\\ c\ \\
