#pragma once
// Plan text for the Markdown paper, shown literally wherever it is put: a
// table cell, a list item or a paragraph. Markdown, HTML, links and images
// written in the plan come out as the characters typed (see markdown_cell),
// and nothing turns into a link, a list or a heading.
#include <string>
#include <string_view>

namespace plan {

std::string markdown_text(std::string_view s);

// A line of the paper made from escaped pieces, made safe where a line
// starts: leading blanks (a code block) are trimmed, and a leading "-", "+"
// or "1." (a list) is escaped.
std::string markdown_line(std::string line);

}  // namespace plan
