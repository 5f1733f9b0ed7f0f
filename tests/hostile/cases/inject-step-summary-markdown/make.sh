# A field name holding an e-mail address, a URL and Markdown, under GitHub
# Actions: the step summary (Markdown, $GITHUB_STEP_SUMMARY) must show it as
# text, not as a link or an image.
valid_repo
edit actions/one.yaml 's/\n    due: 2018-06\n/\n    due: 2018-06\n    "someone\@evil.example ![i](https:\/\/t.example\/p.png) www.evil.example <b>x<\/b>": 1\n/'
