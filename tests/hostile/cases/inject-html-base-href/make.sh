# A <base> element that would redirect every link.
text_repo \<base\ href=\"https://evil.example/\"\>
