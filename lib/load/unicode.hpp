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

// The same rules for a double-quoted value as yaml-cpp 0.7 decodes it: why
// it is refused, or empty. yaml-cpp writes "\N" and "\_" as the single
// bytes 0x85 and 0xA0, which are not UTF-8: "\N" is judged as U+0085, and
// "\_" (a no-break space) is mended in `value` into its UTF-8 form.
std::string mend_escaped_characters(std::string& value);

// For messages about text that looks right but is not: names the first
// character outside printable ASCII and where it is, as
// "U+200B, an invisible zero-width space, as character 3", or empty.
std::string first_unusual_character(std::string_view text);

}  // namespace plan
