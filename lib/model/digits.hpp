#pragma once
// Reading the digit runs of dates and periods ("2017", "04").
#include <string_view>

namespace plan {

inline bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

// The value of a run of digits that all_digits accepted.
inline int digits_value(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

}  // namespace plan
