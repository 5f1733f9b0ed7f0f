#include "load/unicode.hpp"

#include <fmt/format.h>

#include "model/utf8.hpp"

namespace plan {

std::string refused_character(char32_t cp) {
    if (!is_hidden_character(cp)) return {};
    auto code = static_cast<unsigned>(cp);
    if (cp == 0) return "a NUL character (U+0000); remove it";
    if (cp == '\r') return "a carriage return (U+000D); remove it (write \\n for a new line)";
    if (cp == 0x1B) return "an escape character (U+001B); remove it (in a terminal it can hide or rewrite text)";
    if (cp < 0x20 || cp == 0x7F)
        return fmt::format("a control character (U+{:04X}); remove it (it may hide text in a terminal)", code);
    if (cp <= 0x9F) return fmt::format("a control character (U+{:04X}); remove it", code);
    if (cp == 0xFEFF) return "a byte order mark (U+FEFF); remove it (only the very start of a file may have one)";
    return fmt::format("an invisible bidirectional control character (U+{:04X}); remove it, it can make text "
                       "read differently from what it says",
                       code);
}

std::string mend_escaped_characters(std::string& value) {
    for (std::size_t i = 0; i < value.size();) {
        if (is_plain_byte(value[i])) {
            ++i;
            continue;
        }
        auto c = static_cast<unsigned char>(value[i]);
        Utf8Char ch = read_utf8(value, i);
        if (ch.len == 0 && c == 0xA0) {  // "\_"
            value.replace(i, 1, "\xC2\xA0");
            continue;
        }
        if (ch.len == 0 && c != 0x85)
            return "a character that is not valid Unicode (a lone surrogate); remove the escape";
        std::string why = refused_character(ch.len == 0 ? char32_t{0x85} : ch.cp);  // "\N" is U+0085
        if (!why.empty()) return why;
        i += ch.len == 0 ? 1 : ch.len;
    }
    return {};
}

namespace {

const char* what_it_is(char32_t cp) {
    switch (cp) {
    case 0x00A0: return "a no-break space";
    case 0x00AD: return "an invisible soft hyphen";
    case 0x200B: return "an invisible zero-width space";
    case 0x200C: return "an invisible zero-width non-joiner";
    case 0x200D: return "an invisible zero-width joiner";
    case 0x2060: return "an invisible word joiner";
    case 0x202F: return "a narrow no-break space";
    case 0x3000: return "a wide space";
    case 0x2018:
    case 0x2019: return "a curly quote, not '";
    case 0x201C:
    case 0x201D: return "a curly quote, not \"";
    default: break;
    }
    if (cp >= 0x2000 && cp <= 0x200A) return "a space that is not the ordinary one";
    if (cp >= 0x2010 && cp <= 0x2015) return "a dash that looks like '-'";
    if (cp >= 0x0400 && cp <= 0x052F) return "a Cyrillic letter that can look like a Latin one";
    if (cp >= 0x0370 && cp <= 0x03FF) return "a Greek letter that can look like a Latin one";
    if (cp >= 0xFF01 && cp <= 0xFF5E) return "a full-width form of an ASCII character";
    return "not an ASCII character";
}

}  // namespace

std::string first_unusual_character(std::string_view text) {
    std::size_t character = 1;
    for (std::size_t i = 0; i < text.size(); ++character) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
            continue;
        }
        Utf8Char ch = read_utf8(text, i);
        char32_t cp = ch.cp;
        if (ch.len == 0) return fmt::format("a byte that is not UTF-8 as character {}", character);
        return fmt::format("U+{:04X}, {}, as character {}", static_cast<unsigned>(cp),
                           c < 0x80 ? "a control character" : what_it_is(cp), character);
    }
    return {};
}

}  // namespace plan
