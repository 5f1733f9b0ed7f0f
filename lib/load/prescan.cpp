#include "load/prescan.hpp"

#include <fmt/format.h>

#include "load/limits.hpp"

namespace plan {
namespace {

struct Cursor {
    std::uint32_t line = 1, col = 1;
};

// Length of the UTF-8 sequence at s[i], and its code point; 0 when invalid
// (truncated, overlong, a surrogate or beyond U+10FFFF).
int decode(std::string_view s, std::size_t i, char32_t& cp) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    unsigned char c = b(0);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    static const char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool bidi_control(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
           cp == 0x061C;
}

}  // namespace

bool prescan(std::string& text, std::uint32_t file, Diagnostics& out) {
    auto error = [&](Cursor at, std::string check, std::string message) {
        out.push_back({Pos{file, at.line, at.col}, Severity::error, std::move(check), std::move(message)});
        return false;
    };
    if (text.size() > limits::kMaxFileBytes)
        return error({}, "file-size",
                     fmt::format("file is {} bytes, more than the limit of {} bytes; split it into several files",
                                 text.size(), limits::kMaxFileBytes));
    std::string_view s = text;
    if (s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF')))
        return error({1, 1}, "encoding", "file is UTF-16; save it as UTF-8");
    std::size_t start = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;

    Cursor at;
    for (std::size_t i = start; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\n') {
            ++at.line;
            at.col = 1;
            ++i;
            continue;
        }
        if (c == 0)
            return error(at, "encoding", "NUL byte in the file; it is not a text file, or it is UTF-16 (save it as UTF-8)");
        if (c == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))
            return error(at, "encoding", "carriage return without a line feed; save the file with LF or CRLF line endings");
        if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F)
            return error(at, "encoding",
                         fmt::format("control character U+{:04X} in the file; remove it (it may hide text in a terminal)", c));
        char32_t cp = 0;
        int len = decode(s, i, cp);
        if (len == 0)
            return error(at, "encoding",
                         fmt::format("byte 0x{:02X} is not valid UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252)", c));
        if (cp == 0xFEFF)
            return error(at, "encoding", "byte order mark in the middle of the file; remove it (only the very start may have one)");
        if (cp >= 0x80 && cp <= 0x9F)
            return error(at, "encoding", fmt::format("control character U+{:04X} in the file; remove it", static_cast<unsigned>(cp)));
        if (bidi_control(cp))
            return error(at, "encoding",
                         fmt::format("invisible bidirectional control character U+{:04X}; remove it, it can make text "
                                     "read differently from what it says",
                                     static_cast<unsigned>(cp)));
        i += len;
        ++at.col;
    }
    if (start) text.erase(0, 3);
    return true;
}

}  // namespace plan
