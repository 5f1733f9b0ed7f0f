#include "load/core_types.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace plan {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// [-+]?[0-9]+
bool decimal_integer(std::string_view s) {
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == s.size()) return false;
    for (; i < s.size(); ++i)
        if (!is_digit(s[i])) return false;
    return true;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool decimal_float(std::string_view s) {
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    std::size_t int_digits = 0, frac_digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++int_digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i, ++frac_digits;
    }
    if (int_digits == 0 && frac_digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        std::size_t exp_digits = 0;
        while (i < s.size() && is_digit(s[i])) ++i, ++exp_digits;
        if (exp_digits == 0) return false;
    }
    return i == s.size();
}

bool one_of(std::string_view s, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (s == w) return true;
    return false;
}

}  // namespace

CoreValue type_plain_scalar(std::string_view s) {
    CoreValue v;
    // Most plain scalars are words: anything that does not start like a
    // null, a boolean or a number (digits, a sign, a dot) is text.
    if (!s.empty()) {
        char c = s[0];
        bool maybe_not_text = is_digit(c) || c == '-' || c == '+' || c == '.' || c == '~' || c == 'n' || c == 'N' ||
                              c == 't' || c == 'T' || c == 'f' || c == 'F';
        if (!maybe_not_text) {
            v.kind = CoreValue::text;
            return v;
        }
    }
    if (one_of(s, {"", "~", "null", "Null", "NULL"})) {
        v.kind = CoreValue::null;
    } else if (one_of(s, {"true", "True", "TRUE"})) {
        v.kind = CoreValue::boolean;
        v.b = true;
    } else if (one_of(s, {"false", "False", "FALSE"})) {
        v.kind = CoreValue::boolean;
    } else if (decimal_integer(s)) {
        // from_chars reads what strtoll reads here, without a copy; a leading
        // '+' (which it does not take) goes the long way.
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v.i, 10);
        bool range = ec == std::errc::result_out_of_range;
        if (s[0] == '+' || (ec != std::errc() && !range) || (!range && end != s.data() + s.size())) {
            errno = 0;
            std::string copy(s);
            v.i = std::strtoll(copy.c_str(), nullptr, 10);
            range = errno == ERANGE;
        }
        if (range) {
            v.kind = CoreValue::refused;
            v.why = fmt::format("number {} is too large; write a smaller number, or put it in quotes if it is text",
                                s.substr(0, 40));
        } else {
            v.kind = CoreValue::integer;
        }
    } else if (decimal_float(s)) {
        // The same correctly rounded value as strtod; anything from_chars
        // does not take whole (a '+', a range error) goes through strtod.
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v.d, std::chars_format::general);
        if (s[0] == '+' || ec != std::errc() || end != s.data() + s.size()) {
            std::string copy(s);
            v.d = std::strtod(copy.c_str(), nullptr);
        }
        if (v.d == HUGE_VAL || v.d == -HUGE_VAL) {
            v.kind = CoreValue::refused;
            v.why = fmt::format("number {} is too large; write a smaller number, or put it in quotes if it is text",
                                s.substr(0, 40));
        } else {
            v.kind = CoreValue::number;
        }
    } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x') &&
               s.find_first_not_of(s[1] == 'o' ? "01234567" : "0123456789abcdefABCDEF", 2) == std::string_view::npos) {
        v.kind = CoreValue::refused;
        v.why = fmt::format("'{}' is {} number; write the number in decimal, or put it in quotes if it is text", s,
                            s[1] == 'o' ? "an octal" : "a hexadecimal");
    } else if (one_of(s, {".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf",
                          "-.INF"})) {
        v.kind = CoreValue::refused;
        v.why = fmt::format("'{}' is not a usable number; write a figure such as 21.3", s);
    } else {
        v.kind = CoreValue::text;
    }
    return v;
}

}  // namespace plan
