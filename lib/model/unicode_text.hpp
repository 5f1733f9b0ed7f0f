#pragma once
// Unicode rules for text a person reads or types, from utf8proc (the same
// tables everywhere, whatever the locale): how many terminal columns a text
// takes, and when two spellings of a name are the same name.
#include <cstddef>
#include <string>
#include <string_view>

namespace plan {

// Terminal columns: per grapheme cluster (what a reader sees as one
// character), the widest of its code points: East Asian wide and full-width
// characters, emoji and flags take 2, combining marks and zero-width joiners add
// nothing to the character they follow. A byte that does not start valid
// UTF-8 takes 1.
std::size_t display_width(std::string_view s);

// The longest start of `s`, cut between grapheme clusters, that takes at
// most `width` columns.
std::string_view prefix_within_width(std::string_view s, std::size_t width);

// NFC, then case-folded: "Café" typed with a combining accent, "CAFÉ" and
// "café" all give the same key. Invalid UTF-8 is compared byte for byte.
std::string match_key(std::string_view s);

// NFC (the composed form), for a name shown once for all its spellings.
std::string nfc(std::string_view s);

}  // namespace plan
