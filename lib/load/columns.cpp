#include "load/columns.hpp"

namespace plan {
namespace {

bool starts_char(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

std::uint32_t CharColumns::at(std::size_t byte_pos, std::size_t byte_column) {
    auto bytes = static_cast<std::uint32_t>(byte_column + 1);
    if (byte_column > byte_pos || byte_pos > text_.size()) return bytes;
    std::size_t line_start = byte_pos - byte_column;
    if (line_start > 0 && text_[line_start - 1] != '\n') return bytes;
    if (line_start != line_start_ || byte_pos < pos_) {
        line_start_ = pos_ = line_start;
        chars_ = 0;
    }
    for (; pos_ < byte_pos; ++pos_) chars_ += starts_char(text_[pos_]);
    return chars_ + 1;
}

std::uint32_t char_column(std::string_view text, std::size_t line, std::size_t byte_column) {
    std::size_t start = 0;
    for (std::size_t l = 0; l < line; ++l) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) return static_cast<std::uint32_t>(byte_column + 1);
        start = nl + 1;
    }
    CharColumns columns(text);
    return columns.at(start + byte_column, byte_column);
}

}  // namespace plan
