# UTF-16 big-endian with a BOM.
valid_repo
perl -e 'local $/; my $s = <STDIN>; $s =~ s/(.)/\x00$1/gs; print "\xfe\xff$s"' < "$FIXTURES/valid/actions/one.yaml" > "$REPO/actions/one.yaml"
