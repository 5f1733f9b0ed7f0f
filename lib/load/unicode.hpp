#pragma once
// The characters plan files may not hold, and names for characters that look
// like others: shared by the parser (for values written with YAML escapes)
// and the messages about ids and field names. Decoding is model/utf8.hpp's.
#include <cstddef>
#include <string>
#include <string_view>

namespace plan {

// Why a character may not appear in a plan value, or empty when it may:
// "a NUL character (U+0000); remove it". Tab and line feed may.
std::string refused_character(char32_t cp);

// For messages about text that looks right but is not: names the first
// character outside printable ASCII and where it is, as
// "U+200B, an invisible zero-width space, as character 3", or empty.
std::string first_unusual_character(std::string_view text);

}  // namespace plan
