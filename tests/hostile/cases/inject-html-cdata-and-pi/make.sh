# A CDATA section and an XML processing instruction.
text_repo \<\!\[CDATA\[\ x\ \]\]\>\ \<\?xml-stylesheet\ href=\"https://evil.example/x.xsl\"\?\>
