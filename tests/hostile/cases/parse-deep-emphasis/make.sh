# A progress note that is a heading of 6,400 nested emphasis markers (under
# the 20,000-character limit of free text): the paper walks cmark-gfm's tree
# without recursion, so a 256 KiB stack holds it.
valid_repo
edit actions/one.yaml 's/note: Terms of reference drafted\./"note: \"# " . ("*a " x 1600) . ("_b " x 1600) . "x" . (" b_" x 1600) . (" a*" x 1600) . "\""/e'
