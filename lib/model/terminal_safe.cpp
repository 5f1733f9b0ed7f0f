#include "model/terminal_safe.hpp"

#include <fmt/format.h>

#include "model/utf8.hpp"

namespace plan {

std::string terminal_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        Utf8Char ch = read_utf8(s, i);
        if (ch.len == 0) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i]));
            ++i;
            continue;
        }
        if (ch.cp == '\t') out += "    ";
        else if (ch.cp < 0x20 || ch.cp == 0x7F) out += fmt::format("\\x{:02x}", static_cast<unsigned>(ch.cp));
        else if ((ch.cp >= 0x80 && ch.cp <= 0x9F) || is_invisible_control(ch.cp))
            out += fmt::format("\\u{{{:04X}}}", static_cast<unsigned>(ch.cp));
        else out.append(s.substr(i, ch.len));
        i += ch.len;
    }
    return out;
}

}  // namespace plan
