# javascript: links in Markdown link, autolink and mixed-case forms.
text_repo \[click\ me\]\(javascript:alert\(1\)\)\ \<javascript:alert\(2\)\>\ \[x\]\(JaVaScRiPt:alert\(3\)\)
