# The file saved as UTF-16 little-endian with a BOM (Excel, Notepad).
valid_repo
perl -e 'local $/; my $s = <STDIN>; $s =~ s/(.)/$1\x00/gs; print "\xff\xfe$s"' < "$FIXTURES/valid/actions/one.yaml" > "$REPO/actions/one.yaml"
