# An HTML block at the start of a line.
text_repo $'<div>\n\n<script>alert(1)</script>\n\n</div>'
