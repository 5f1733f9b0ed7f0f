#include "load/prescan.hpp"

#include <fmt/format.h>

#include "load/limits.hpp"
#include "model/utf8.hpp"

namespace plan {
namespace {

struct Cursor {
    std::uint32_t line = 1, col = 1;
};

// Where byte `i` is, for a message: lines count '\n', columns count the
// characters (not bytes) since the line began. Everything before `i` has
// been checked already, so counting the bytes that start a character is enough.
Cursor cursor_at(std::string_view s, std::size_t start, std::size_t i) {
    Cursor at;
    std::size_t line_start = start;
    for (std::size_t k = start; k < i; ++k)
        if (s[k] == '\n') {
            ++at.line;
            line_start = k + 1;
        }
    for (std::size_t k = line_start; k < i; ++k)
        if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) ++at.col;
    return at;
}

// Bytes that need no further look: printable ASCII, tab and line feed.
struct PlainBytes {
    bool plain[256] = {};
    constexpr PlainBytes() {
        for (int c = 0x20; c < 0x7F; ++c) plain[c] = true;
        plain[static_cast<unsigned char>('\t')] = true;
        plain[static_cast<unsigned char>('\n')] = true;
    }
};
constexpr PlainBytes kPlain;

}  // namespace

bool prescan(std::string& text, std::uint32_t file, Diagnostics& out) {
    std::string_view s = text;
    std::size_t start = 0;
    auto error = [&](std::size_t i, std::string check, std::string message) {
        Cursor at = i == std::string_view::npos ? Cursor{} : cursor_at(s, start, i);
        out.push_back({Pos{file, at.line, at.col}, Severity::error, std::move(check), std::move(message)});
        return false;
    };
    if (text.size() > limits::kMaxFileBytes)
        return error(std::string_view::npos, "file-size",
                     fmt::format("file is {} bytes, more than the limit of {} bytes; split it into several files",
                                 text.size(), limits::kMaxFileBytes));
    if (s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF')))
        return error(0, "encoding", "file is UTF-16; save it as UTF-8");
    start = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;

    const std::size_t size = s.size();
    for (std::size_t i = start; i < size;) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (kPlain.plain[c]) {
            ++i;
            continue;
        }
        if (c == 0)
            return error(i, "encoding", "NUL byte in the file; it is not a text file, or it is UTF-16 (save it as UTF-8)");
        if (c == '\r') {
            if (i + 1 >= size || s[i + 1] != '\n')
                return error(i, "encoding", "carriage return without a line feed; save the file with LF or CRLF line endings");
            ++i;
            continue;
        }
        if (c < 0x20 || c == 0x7F)
            return error(i, "encoding",
                         fmt::format("control character U+{:04X} in the file; remove it (it may hide text in a terminal)", c));
        Utf8Char ch = read_utf8(s, i);
        char32_t cp = ch.cp;
        std::size_t len = ch.len;
        if (len == 0)
            return error(i, "encoding",
                         fmt::format("byte 0x{:02X} is not valid UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252)", c));
        if (cp == 0xFEFF)
            return error(i, "encoding", "byte order mark in the middle of the file; remove it (only the very start may have one)");
        if (cp >= 0x80 && cp <= 0x9F)
            return error(i, "encoding", fmt::format("control character U+{:04X} in the file; remove it", static_cast<unsigned>(cp)));
        if (is_bidi_control(cp))
            return error(i, "encoding",
                         fmt::format("invisible bidirectional control character U+{:04X}; remove it, it can make text "
                                     "read differently from what it says",
                                     static_cast<unsigned>(cp)));
        i += len;
    }
    if (start) text.erase(0, 3);
    return true;
}

}  // namespace plan
