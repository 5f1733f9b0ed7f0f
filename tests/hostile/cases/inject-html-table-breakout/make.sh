# Markup that would close the table cell, row and table.
text_repo \</td\>\</tr\>\</tbody\>\</table\>\<table\>\<tr\>\<td\>forged\</td\>\</tr\>\</table\>\<table\>\<tr\>\<td\>
