# Escaped markup that must not be decoded twice.
text_repo \&lt\;script\&gt\;alert\(1\)\&lt\;/script\&gt\;\ \&amp\;lt\;b\&amp\;gt\;
