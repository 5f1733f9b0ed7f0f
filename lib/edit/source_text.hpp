#pragma once
// A plan file's bytes as lines, for edits made in place: the byte order mark
// and the line ending style are remembered so that new lines match the old,
// and every byte outside an edit is kept exactly.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

// One change to the bytes: `length` bytes at `offset` become `text`.
struct TextEdit {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string text;
};

class SourceText {
public:
    // `bytes` as read from disk, BOM and all.
    explicit SourceText(std::string bytes);

    // The text as the loader sees it: without the byte order mark.
    const std::string& body() const { return body_; }
    const std::string& eol() const { return eol_; }  // "\r\n" or "\n", as the file's first line ends
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }

    // Line `n` (1-based) without its line ending.
    std::string_view line(std::uint32_t n) const;
    // Offset in body() of the start of line `n`, and just past its line ending.
    std::size_t line_start(std::uint32_t n) const { return starts_[n - 1]; }
    std::size_t line_end_with_eol(std::uint32_t n) const;
    bool ends_with_newline() const;
    // Offset in body() of a loader position (1-based line and character column).
    std::size_t offset(std::uint32_t line, std::uint32_t col) const { return line_start(line) + byte_index(line, col); }

    // The 0-based byte index in line `n` of the character at 1-based column
    // `col`: the loader counts columns in characters, as editors do, and an
    // edit works on bytes. Past the line's end, the line's length and more.
    std::size_t byte_index(std::uint32_t n, std::uint32_t col) const;

    // Spaces before the first other character of line `n`.
    std::uint32_t indent(std::uint32_t n) const;
    // Empty, only spaces, or a comment.
    bool blank(std::uint32_t n) const;
    bool comment(std::uint32_t n) const;

    // The last line of the block that starts on `first` and holds every
    // following line indented by more than `indent` spaces. Blank lines and
    // comments less indented than that do not end it but do not belong to
    // it either. `dash_items` also takes in lines at exactly `indent` that
    // start a list item ("- "), for a list written level with its key.
    std::uint32_t block_end(std::uint32_t first, std::uint32_t indent, bool dash_items = false) const;

    // New lines, to go after line `n`: each ends with the file's line ending,
    // except when line `n` is the last and has none (it is then kept so).
    TextEdit insert_after_line(std::uint32_t n, const std::vector<std::string>& lines) const;
    TextEdit insert_before_line(std::uint32_t n, const std::vector<std::string>& lines) const;

    // The bytes with `edits` (offsets into body(), not overlapping) applied,
    // the byte order mark put back.
    std::string apply(std::vector<TextEdit> edits) const;

private:
    std::string bom_;
    std::string body_;
    std::string eol_ = "\n";
    std::vector<std::size_t> starts_;
};

}  // namespace plan
