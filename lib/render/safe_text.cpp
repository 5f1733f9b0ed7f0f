#include "render/safe_text.hpp"

#include <fmt/format.h>

namespace plan {

std::string terminal_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F) {
                if (c == '\t') out += "    ";
                else out += fmt::format("\\x{:02x}", c);
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        int len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool valid = len > 0 && i + len <= s.size();
        char32_t cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; valid && k < len; ++k) {
            auto b = static_cast<unsigned char>(s[i + k]);
            valid = (b & 0xC0) == 0x80;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (!valid) {
            out += fmt::format("\\x{:02x}", c);
            ++i;
            continue;
        }
        bool hidden = (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
                      cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0xFEFF;
        if (hidden) out += fmt::format("\\u{{{:04X}}}", static_cast<unsigned>(cp));
        else out.append(s.substr(i, static_cast<std::size_t>(len)));
        i += static_cast<std::size_t>(len);
    }
    return out;
}

std::string markdown_cell(std::string_view s) {
    std::string r;
    r.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '|': r += "\\|"; break;
        case '\n':
        case '\r': r += ' '; break;
        case '<': r += "&lt;"; break;
        case '>': r += "&gt;"; break;
        case '&': r += "&amp;"; break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '!':
        case '#':
        case '~':
            r += '\\';
            r += c;
            break;
        default: r += c;
        }
    }
    return r;
}

}  // namespace plan
