# A reference-style link and its definition.
text_repo $'[click][r]\n\n[r]: https://evil.example'
