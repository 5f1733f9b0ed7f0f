#pragma once
// Plan text for every Markdown output (the paper, status, overdue and
// changes views, the GitHub step summary), shown literally wherever it is
// put: a table cell, a heading, a list item or a paragraph. Markdown, HTML,
// links and images written in the plan come out as the characters typed, and
// nothing turns into a link, a list, a heading or a new table cell, whether
// GitHub (cmark-gfm with its extensions) or pandoc -f gfm reads the file.
#include <string>
#include <string_view>

namespace plan {

// The one escaping function for plan text in Markdown:
// - invalid UTF-8, control characters and bidi controls become U+FFFD
//   (clean_utf8), and line breaks become spaces, so the text stays on its line;
// - HTML's < > & become entities; Markdown punctuation and the table pipe are
//   backslash-escaped, '$' too, so GitHub reads no math ($\color{red}{x}$
//   or $$...$$ can neither colour nor replace the words typed);
// - what GFM would autolink is broken without changing what the reader sees:
//   "://" and "www." by backslash escapes, and "@" (an e-mail address, or a
//   GitHub @mention) as the full-width at sign U+FF20, because cmark-gfm finds
//   addresses after escapes and entities are resolved, so no escape of '@'
//   can stop it.
std::string markdown_text(std::string_view s);

// A line of Markdown made from escaped pieces, made safe where a line
// starts: leading blanks (a code block) are trimmed, and a leading "-", "+"
// or "1." (a list) is escaped.
std::string markdown_line(std::string line);

}  // namespace plan
