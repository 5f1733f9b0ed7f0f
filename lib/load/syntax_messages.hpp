#pragma once
// yaml-cpp's parse errors ("illegal map value", "end of map not found") in
// words an officer can act on.
#include <string>

namespace plan {

struct SyntaxMessage {
    std::string check;    // "yaml-syntax", or "yaml-alias" for an undefined alias
    std::string message;
    int column = -1;  // 0-based, when the finding belongs elsewhere on the line than the parser's mark
};

// `line` and `column` are yaml-cpp's 0-based mark of the error, to look at what is there.
SyntaxMessage explain_syntax_error(const std::string& parser_message, const std::string& text, int line, int column);

}  // namespace plan
