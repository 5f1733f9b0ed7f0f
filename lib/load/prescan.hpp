#pragma once
// Checks on a file's bytes before any YAML parser sees them: size, encoding,
// NUL and control characters, byte order marks, invisible bidi controls.
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace plan {

// Returns false when the file must not be parsed; `text` is then left as is.
// On success a leading UTF-8 byte order mark is removed from `text`.
bool prescan(std::string& text, std::uint32_t file, Diagnostics& out);

}  // namespace plan
