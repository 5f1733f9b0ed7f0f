#pragma once
// YAML 1.2 core-schema typing of plain scalars. yaml-cpp leaves typing to the
// caller and its own helpers follow YAML 1.1 ("no" is false, "010" is 8); this
// reads `no` as text, `010` as ten, and refuses forms a plan never means.
#include <cstdint>
#include <string>
#include <string_view>

namespace plan {

struct CoreValue {
    enum Kind { null, boolean, integer, number, text, refused } kind = text;
    bool b = false;
    std::int64_t i = 0;
    double d = 0;
    std::string why;  // for refused: what is wrong and what to write instead
};

// Types a plain (unquoted) scalar; quoted scalars are always text.
CoreValue type_plain_scalar(std::string_view s);

}  // namespace plan
