# Every construct at once in every text field, in what changed since the
# last meeting (from git history: an action added, a note added, a due date
# moved), through report.
text_repo $'# H <script>alert(1)</script> <img src=x onerror=alert(2)> " onmouseover="alert(3) <!-- x | a | b |\n|---|---|\n- item\n1. one\n> quote\n```\n[l](javascript:alert(4)) ![i](https://t.example/p.png) *em* __s__ ~~d~~ </td></tr></table> \\'
changes_history
