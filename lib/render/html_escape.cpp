#include "render/html_escape.hpp"

#include "model/utf8.hpp"

namespace plan {

std::string clean_utf8(std::string_view s) {
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        // A run of printable ASCII, tabs and newlines is copied as it is.
        std::size_t run = i;
        while (run < s.size() && ((s[run] >= 0x20 && s[run] < 0x7F) || s[run] == '\n' || s[run] == '\t')) ++run;
        if (run > i) {
            out.append(s, i, run - i);
            i = run;
            continue;
        }
        Utf8Char ch = read_utf8(s, i);
        bool control = (ch.cp < 0x20 && ch.cp != '\n' && ch.cp != '\t') || (ch.cp >= 0x7F && ch.cp <= 0x9F) ||
                       is_invisible_control(ch.cp);
        if (ch.len == 0 || control) {
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
