#include "render/common/markdown_text.hpp"

#include <cctype>

#include "render/common/html_escape.hpp"

namespace plan {
namespace {

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// "www." in any case, at the start of a word: GFM's extended www autolink.
bool www_at(std::string_view s, std::size_t i) {
    if (i > 0 && alnum(s[i - 1])) return false;
    if (s.size() < i + 4 || s[i + 3] != '.') return false;
    for (std::size_t k = 0; k < 3; ++k)
        if (s[i + k] != 'w' && s[i + k] != 'W') return false;
    return true;
}

// Could GitHub make something of the '@' at s[i]: an e-mail address
// (cmark-gfm's autolink extension, which takes "x@.y.com" too) or an
// @mention? Both need something other than a space right after it.
bool linking_at(std::string_view s, std::size_t i) {
    return i + 1 < s.size() && s[i + 1] != ' ' && s[i + 1] != '\t' && s[i + 1] != '\n';
}

}  // namespace

std::string markdown_text(std::string_view text) {
    std::string s = clean_utf8(text);
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        switch (c) {
        case '\n': out += ' '; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '|':
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '!':
        case '#':
        case '~':
        case '$':  // GitHub math: $\color{red}{...}$ would show other words
            out += '\\';
            out += c;
            break;
        case '@':
            // GitHub links an address or mentions a user whatever is escaped
            // in it; a full-width at sign (U+FF20) reads the same and does
            // neither. An '@' with a space after it, or at the end, is left alone.
            if (linking_at(s, i)) out += "\xEF\xBC\xA0";
            else out += c;
            break;
        case ':':
            if (s.compare(i, 3, "://") == 0) {
                out += ":\\/\\/";
                i += 2;
            } else {
                out += c;
            }
            break;
        default:
            if (www_at(s, i)) {
                out.append(s, i, 3);
                out += "\\.";
                i += 3;
            } else {
                out += c;
            }
        }
    }
    return out;
}

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
