# Links in every form GFM knows.
text_repo \[click\]\(https://evil.example\)\ \[js\]\(javascript:alert\(1\)\)\ \<https://evil.example\>\ https://evil.example\ www.evil.example\ someone@evil.example
