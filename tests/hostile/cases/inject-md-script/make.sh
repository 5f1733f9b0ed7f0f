# A <script> element in every text field.
text_repo \<script\>alert\(1\)\</script\>
