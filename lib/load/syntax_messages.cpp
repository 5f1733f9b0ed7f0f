#include "load/syntax_messages.hpp"

#include <fmt/format.h>

namespace plan {
namespace {

std::string line_text(const std::string& text, int line) {
    std::size_t start = 0;
    for (int i = 0; i < line && start != std::string::npos; ++i) {
        start = text.find('\n', start);
        if (start != std::string::npos) ++start;
    }
    if (start == std::string::npos || start >= text.size()) return {};
    return text.substr(start, text.find('\n', start) - start);
}

struct Known {
    const char* parser;
    const char* ours;
};

// The messages yaml-cpp 0.7 gives for mistakes people make in plan files.
constexpr Known kKnown[] = {
    {"illegal map value",
     "a ': ' inside a value makes it look like another field; put the whole value in quotes"},
    {"end of sequence flow not found", "a list opened with '[' is not closed with ']'"},
    {"end of map flow not found", "a set of fields opened with '{' is not closed with '}'"},
    {"end of sequence not found", "a list item ('- ') is not lined up with the items before it"},
    {"block sequence entries are not allowed in this context",
     "a list item ('- ') appears where a value was expected; check the indentation of this line"},
    {"end of stream reached without closing quote", "quoted text is not closed; add the closing quote"},
    {"unknown escape character",
     "unknown escape ('\\') in double-quoted text; write '\\\\' for a backslash, or use single quotes"},
    {"illegal character in flow sequence", "a character here does not belong in a [ ... ] list"},
    {"unexpected end of file", "the file ends in the middle of a value"},
};

}  // namespace

SyntaxMessage explain_syntax_error(const std::string& parser_message, const std::string& text, int line) {
    if (parser_message == "the referenced anchor is not defined")
        return {"yaml-alias", "aliases ('*name') are not accepted, and this one names no anchor; write the value out in full"};
    std::string here = line_text(text, line);
    if (parser_message == "end of map not found" || parser_message == "illegal tab when looking for indentation") {
        if (here.find('\t') != std::string::npos)
            return {"yaml-syntax", "a tab is used for indentation; indent with spaces"};
        return {"yaml-syntax",
                "the indentation is off here: fields of the same item must line up, and a field's value must be "
                "indented under it"};
    }
    for (const auto& k : kKnown)
        if (parser_message == k.parser) return {"yaml-syntax", k.ours};
    return {"yaml-syntax", fmt::format("the file is not well-formed YAML here ({})",
                                       parser_message.empty() ? "syntax error" : parser_message)};
}

}  // namespace plan
