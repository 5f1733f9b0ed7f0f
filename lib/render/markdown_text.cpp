#include "render/markdown_text.hpp"

#include <cctype>

#include "render/html_escape.hpp"
#include "render/safe_text.hpp"

namespace plan {
namespace {

bool starts_with(std::string_view s, std::size_t at, std::string_view prefix) {
    return s.size() >= at + prefix.size() && s.compare(at, prefix.size(), prefix) == 0;
}

// GFM's autolink extension makes links of bare URLs, www. names and e-mail
// addresses; a backslash before a punctuation mark breaks each pattern
// without changing what the reader sees.
std::string break_autolinks(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool www = (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1]))) &&
                   (starts_with(s, i, "www.") || starts_with(s, i, "WWW."));
        if (s[i] == ':' && starts_with(s, i, "://")) {
            out += ":\\/\\/";
            i += 2;
        } else if (s[i] == '@') {
            out += "\\@";
        } else if (www) {
            out += s.substr(i, 3);
            out += "\\.";
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace

std::string markdown_text(std::string_view s) { return break_autolinks(markdown_cell(clean_utf8(s))); }

std::string markdown_line(std::string line) {
    std::size_t start = line.find_first_not_of(" \t");
    std::string out = start == std::string::npos ? std::string() : line.substr(start);
    while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
    if (!out.empty() && (out[0] == '-' || out[0] == '+')) out.insert(0, "\\");
    std::size_t digits = 0;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
    bool marker = digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')') &&
                  (digits + 1 == out.size() || out[digits + 1] == ' ');
    if (marker) out.insert(digits, "\\");
    return out;
}

}  // namespace plan
