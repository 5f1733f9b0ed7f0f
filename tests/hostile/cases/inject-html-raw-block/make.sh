# An HTML block with Markdown inside it.
text_repo $'<div onclick="alert(1)">\n\n*inside*\n\n</div>'
