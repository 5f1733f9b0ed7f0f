# Entity and character references.
text_repo \&amp\;\ \&lt\;script\&gt\;\ \&#42\;not\ em\&#42\;\ \&copy\;
