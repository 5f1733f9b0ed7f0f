# javascript: links hidden by character references, tabs and percent-escapes.
text_repo \[a\]\(\&#106\;avascript:alert\(1\)\)\ \[b\]\(java\&#x09\;script:alert\(2\)\)\ \[c\]\(jav%61script:alert\(3\)\)\ \[d\]\(\&#x6A\;\&#x61\;vascript\&colon\;alert\(4\)\)
