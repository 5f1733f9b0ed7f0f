# Every construct at once in every text field, with exempt items included
# and the sections in another order, html.
text_repo $'# H <script>alert(1)</script> <img src=x onerror=alert(2)> " onmouseover="alert(3) <!-- x | a | b |\n|---|---|\n- item\n1. one\n> quote\n```\n[l](javascript:alert(4)) ![i](https://t.example/p.png) *em* __s__ ~~d~~ </td></tr></table> \\'
perl -0pi -e 's/(  - id: T-2\n)/$1    exempt: true\n/' "$REPO/actions/all.yaml"
