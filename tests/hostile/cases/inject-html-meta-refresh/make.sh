# A meta refresh that would redirect the reader.
text_repo \<meta\ http-equiv=\"refresh\"\ content=\"0\;url=https://evil.example\"\>
