# Every construct at once in every text field, through the terminal view:
# shown as typed, on one line per item, nothing raw.
text_repo $'# H <script>alert(1)</script> <!-- x | a | b |\n|---|---|\n- item\n1. one\n> quote\n```\n[l](javascript:alert(1)) ![i](https://t.example/p.png) *em* __s__ ~~d~~ \\'
