#include "model/unicode_text.hpp"

#include <utf8proc.h>

#include <cstdlib>

namespace plan {
namespace {

// Walks `s` one grapheme cluster at a time: calls `f(begin, end, width)`
// with byte offsets; returns early when `f` returns false.
template <typename F>
void for_each_cluster(std::string_view s, F f) {
    std::size_t begin = 0, i = 0;
    std::size_t width = 0;
    utf8proc_int32_t state = 0;
    utf8proc_int32_t previous = -1;
    while (i < s.size()) {
        utf8proc_int32_t cp = -1;
        auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (len <= 0) {
            // Not UTF-8: a cluster of its own, one column (shown as a
            // replacement or an escape).
            if (i > begin && !f(begin, i, width)) return;
            if (!f(i, i + 1, 1)) return;
            begin = ++i;
            width = 0;
            previous = -1;
            state = 0;
            continue;
        }
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, cp, &state)) {
            if (!f(begin, i, width)) return;
            begin = i;
            width = 0;
        }
        int w = utf8proc_charwidth(cp);
        // A flag (two regional indicators) and a character asking for emoji
        // presentation (U+FE0F after it) are drawn two columns wide.
        if ((cp >= 0x1F1E6 && cp <= 0x1F1FF) || cp == 0xFE0F) w = 2;
        if (w > 0 && static_cast<std::size_t>(w) > width) width = static_cast<std::size_t>(w);
        previous = cp;
        i += static_cast<std::size_t>(len);
    }
    if (i > begin) f(begin, i, width);
}

std::string mapped(std::string_view s, int options) {
    utf8proc_uint8_t* out = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                          &out, static_cast<utf8proc_option_t>(options));
    if (n < 0) return std::string(s);
    std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
    std::free(out);
    return result;
}

}  // namespace

std::size_t display_width(std::string_view s) {
    std::size_t total = 0;
    for_each_cluster(s, [&](std::size_t, std::size_t, std::size_t w) {
        total += w;
        return true;
    });
    return total;
}

std::string_view prefix_within_width(std::string_view s, std::size_t width) {
    std::size_t used = 0, end = 0;
    for_each_cluster(s, [&](std::size_t, std::size_t e, std::size_t w) {
        if (used + w > width) return false;
        used += w;
        end = e;
        return true;
    });
    return s.substr(0, end);
}

std::string match_key(std::string_view s) {
    return mapped(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string nfc(std::string_view s) { return mapped(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE); }

}  // namespace plan
