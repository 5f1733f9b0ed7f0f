#pragma once
// Reading plan text one character at a time: one decoder and one list of
// invisible controls, shared by the loader (which refuses them in plan
// files) and the renderers (which never show them raw), so that both judge
// the same characters.
#include <cstddef>
#include <string_view>

namespace plan {

struct Utf8Char {
    char32_t cp = 0;
    std::size_t len = 0;  // 0: the byte at the position does not start valid UTF-8
};

// The character starting at s[i]. Overlong forms, surrogates and values past
// U+10FFFF are not text, so they read as invalid (len 0).
Utf8Char read_utf8(std::string_view s, std::size_t i);

// The bidi embeddings, overrides, isolates and marks (U+061C, U+200E,
// U+200F, U+202A-U+202E, U+2066-U+2069): they make the text around them
// display in an order other than the one written.
bool is_bidi_control(char32_t cp);

// Characters that show nothing themselves but change how the text around
// them reads: the bidi controls, and U+FEFF, a byte order mark in the middle
// of text. A reader of a paper or a terminal would see text in an order
// other than the one written.
bool is_invisible_control(char32_t cp);

// Bytes any text may hold as they are: printable ASCII, tab and line feed.
// Text made only of these needs no closer look.
constexpr bool is_plain_byte(char c) { return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n'; }

// Characters no text is shown with raw: C0 controls but tab and line feed,
// DEL, C1 controls and the invisible controls. The loader refuses them in
// plan values; papers show them as U+FFFD.
bool is_hidden_character(char32_t cp);

}  // namespace plan
