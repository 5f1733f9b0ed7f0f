# A link URL with a quote that would break out of href.
text_repo \[x\]\(https://example.org/\"onmouseover=\"alert\(1\)\)
