#pragma once
// Columns in findings count characters (code points), as editors do; yaml-cpp
// marks count bytes. This turns one into the other for a text, cheaply for
// the marks of one parse, which mostly move forward.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace plan {

class CharColumns {
public:
    explicit CharColumns(std::string_view text) : text_(text) {}

    // The 1-based column, in characters, of the byte at `byte_pos`, which
    // yaml-cpp places at 0-based byte column `byte_column` of its line. When
    // the two do not agree with the text, the byte column is kept.
    std::uint32_t at(std::size_t byte_pos, std::size_t byte_column);

private:
    std::string_view text_;
    std::size_t line_start_ = 0, pos_ = 0;
    std::uint32_t chars_ = 0;  // characters in [line_start_, pos_)
};

// The same for a text's line `line` (0-based) and byte column (0-based),
// counting from the start of the text: for a message made once.
std::uint32_t char_column(std::string_view text, std::size_t line, std::size_t byte_column);

}  // namespace plan
