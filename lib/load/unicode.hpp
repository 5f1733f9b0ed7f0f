#pragma once
// The characters plan files may not hold, and names for characters that look
// like others: shared by the byte pre-scan, the parser (for values written
// with YAML escapes) and the messages about ids and field names.
#include <cstddef>
#include <string>
#include <string_view>

namespace plan {

// Length of the UTF-8 sequence at s[i], and its code point; 0 when invalid
// (truncated, overlong, a surrogate or beyond U+10FFFF).
int decode_utf8(std::string_view s, std::size_t i, char32_t& cp);

// U+202A-E, U+2066-9, U+200E/F and U+061C: they reorder the text around them.
bool bidi_control(char32_t cp);

// Why a character may not appear in a plan value, or empty when it may:
// "a NUL character (U+0000); remove it". Tab and line feed may.
std::string refused_character(char32_t cp);

// For messages about text that looks right but is not: names the first
// character outside printable ASCII and where it is, as
// "U+200B, an invisible zero-width space, as character 3", or empty.
std::string first_unusual_character(std::string_view text);

}  // namespace plan
