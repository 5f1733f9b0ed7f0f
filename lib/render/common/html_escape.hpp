#pragma once
// Plan text made safe for HTML: every character that could start markup is
// escaped, and bytes that are not valid UTF-8, control characters and bidi
// controls become U+FFFD, so a plan file cannot inject markup, garble a
// paper or make it read in another order than the one written.
#include <string>
#include <string_view>

namespace plan {

// Invalid UTF-8, control characters (C0 but tab and newline, DEL, C1) and
// the invisible controls of model/utf8.hpp (bidi controls, U+FEFF) as
// U+FFFD: shown, as a paper must never carry them raw.
std::string clean_utf8(std::string_view s);

// For element content and double-quoted attribute values: & < > " ' escaped.
std::string html_escape(std::string_view s);

}  // namespace plan
