# Emphasis, strong and strikethrough markers.
text_repo \*em\*\ _em_\ \*\*strong\*\*\ __strong__\ ~~del~~
