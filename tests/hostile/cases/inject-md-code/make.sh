# Code spans and fences, which would swallow the rest of the paper.
text_repo $'`code` ```\nfenced\n```\n~~~\nmore'
