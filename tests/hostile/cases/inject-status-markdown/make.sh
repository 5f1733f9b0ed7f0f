# Every Markdown and HTML construct at once in every text field, through
# plan status --format markdown.
text_repo $'# H <script>alert(1)</script> <!-- x | a | b |\n|---|---|\n- item\n1. one\n> quote\n```\n[l](javascript:alert(1)) ![i](https://t.example/p.png) *em* __s__ ~~d~~ https://evil.example www.evil.example someone@evil.example \\'
