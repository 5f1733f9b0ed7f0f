#include "load/syntax_messages.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "load/limits.hpp"

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

SyntaxMessage explain_syntax_error(const std::string& parser_message, const std::string& text, int line, int column) {
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
    if (parser_message == "illegal map value") {
        // YAML reads at most 1,024 characters as a key; a longer field name
        // is read as a value with a ': ' in it.
        std::size_t start = here.find_first_not_of(' ');
        auto colon = static_cast<std::size_t>(std::max(column, 0));
        if (start != std::string::npos && colon > start + 1024 && colon <= here.size() &&
            here.compare(colon, 1, ":") == 0 && here.substr(start, colon - start).find(": ") == std::string::npos)
            return {"yaml-key",
                    fmt::format("a field name of {} characters; a key is at most {} bytes, so check what is "
                                "written before the ':'",
                                colon - start, limits::kMaxKeyBytes),
                    static_cast<int>(start)};
    }
    if (parser_message.compare(0, 16, "invalid unicode:") == 0)
        return {"yaml-syntax",
                fmt::format("a '\\u' or '\\U' escape here names no character (code {}); write the character itself",
                            parser_message.substr(16 + (parser_message.size() > 16 && parser_message[16] == ' ')))};
    for (const auto& k : kKnown)
        if (parser_message == k.parser) return {"yaml-syntax", k.ours};
    return {"yaml-syntax", fmt::format("the file is not well-formed YAML here ({})",
                                       parser_message.empty() ? "syntax error" : parser_message)};
}

}  // namespace plan
