#pragma once
// Making text from plan files safe for each place it is shown.
#include <string>
#include <string_view>

namespace plan {

// For terminals: control characters, bidi controls and invalid UTF-8 become
// visible escapes (\x1b, \u{202E}), so a plan cannot move the cursor, recolour
// the screen or reorder what an officer reads.
std::string terminal_safe(std::string_view s);

// For a cell of a GitHub-flavoured Markdown table: pipes and line breaks would
// end the cell or the row, and HTML and Markdown punctuation would render as
// markup, so each is escaped.
std::string markdown_cell(std::string_view s);

}  // namespace plan
