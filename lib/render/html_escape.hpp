#pragma once
// Plan text made safe for HTML: every character that could start markup is
// escaped, and bytes that are not valid UTF-8 or are control characters
// become U+FFFD, so a plan file cannot inject markup or garble a paper.
#include <string>
#include <string_view>

namespace plan {

// Invalid UTF-8 and control characters (except tab and newline) as U+FFFD.
std::string clean_utf8(std::string_view s);

// For element content and double-quoted attribute values: & < > " ' escaped.
std::string html_escape(std::string_view s);

}  // namespace plan
