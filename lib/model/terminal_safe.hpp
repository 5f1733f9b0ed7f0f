#pragma once
// Text from outside (plan files, file names, git) made safe for a terminal.
// For papers see html_escape.hpp and markdown_text.hpp.
#include <string>
#include <string_view>

namespace plan {

// For terminals: control characters, bidi controls and invalid UTF-8 become
// visible escapes (\x1b, \u{202E}), so a plan cannot move the cursor, recolour
// the screen or reorder what an officer reads.
std::string terminal_safe(std::string_view s);

}  // namespace plan
