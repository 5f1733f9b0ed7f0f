#include "render/common/html_escape.hpp"

#include "model/utf8.hpp"

namespace plan {

std::string clean_utf8(std::string_view s) {
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        // A run of printable ASCII, tabs and newlines is copied as it is.
        std::size_t run = i;
        while (run < s.size() && is_plain_byte(s[run])) ++run;
        if (run > i) {
            out.append(s, i, run - i);
            i = run;
            continue;
        }
        Utf8Char ch = read_utf8(s, i);
        if (ch.len == 0 || is_hidden_character(ch.cp)) {
            out += kReplacement;
            i += ch.len ? ch.len : 1;
            continue;
        }
        out.append(s.substr(i, ch.len));
        i += ch.len;
    }
    return out;
}

std::string html_escape(std::string_view s) {
    std::string clean = clean_utf8(s);
    std::string out;
    out.reserve(clean.size() + clean.size() / 8);
    for (char c : clean) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

}  // namespace plan
