# UTF-16 without a BOM: NUL bytes between the letters.
valid_repo
perl -e 'local $/; my $s = <STDIN>; $s =~ s/(.)/$1\x00/gs; print $s' < "$FIXTURES/valid/actions/one.yaml" > "$REPO/actions/one.yaml"
