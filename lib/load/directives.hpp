#pragma once
// YAML directives at the top of a file ("%YAML 1.1", "%TAG ..."). yaml-cpp
// reads them without a word, but "%YAML 1.1" asks for YAML 1.1 typing
// (no = false, 010 = 8), which plan does not do: ignoring it would misread
// the file silently. "%YAML 1.2" asks for what plan does anyway.
#include <cstdint>
#include <string>

#include "model/diagnostic.hpp"

namespace plan {

// True, with a [yaml-syntax] finding on the directive's line, when the file
// starts (after blank and comment lines) with a directive other than
// "%YAML 1.2".
bool refuse_directive(const std::string& text, std::uint32_t file, Diagnostics& out);

}  // namespace plan
