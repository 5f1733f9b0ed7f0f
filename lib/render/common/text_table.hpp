#pragma once
// A terminal table that fits a width: elastic columns (titles) are shortened
// with an ellipsis, so rows stay one line each, except in a wrapping column
// (leads), whose text runs on to more lines rather than being cut. Droppable
// elastic columns give way first; then the widest elastic column (the
// rightmost of equals), so each keeps a fair share; droppable columns are
// left out when shortening is not enough.
#include <optional>
#include <string>
#include <vector>

#include <fmt/color.h>

#include "model/unicode_text.hpp"  // display_width

namespace plan {

struct TableColumn {
    std::string header;
    bool right = false;    // right-aligned (numbers)
    bool elastic = false;  // may be shortened to fit
    std::size_t min = 12;  // an elastic column is shortened below this only as a last resort
    bool droppable = false;  // left out when the table cannot fit otherwise (rightmost first)
    bool wrap = false;       // an elastic column whose text wraps at spaces instead of being cut
};

struct TableCell {
    std::string text;
    std::optional<fmt::terminal_color> color;
};

class TextTable {
public:
    explicit TextTable(std::vector<TableColumn> columns) : columns_(std::move(columns)) {}
    void add(std::vector<TableCell> row) { rows_.push_back(std::move(row)); }
    bool empty() const { return rows_.empty(); }
    // `indent` spaces before each line; the whole line fits `width` columns.
    std::string render(std::size_t width, bool color, std::size_t indent = 2) const;

private:
    std::vector<TableColumn> columns_;
    std::vector<std::vector<TableCell>> rows_;
};

// Shortens to `width` terminal columns (display_width), ending with "…" when
// anything was cut.
std::string shorten(const std::string& s, std::size_t width);

// Breaks prose into lines of at most `width` columns at spaces; lines after
// the first start with `indent` spaces. A word longer than a line is cut.
std::vector<std::string> wrap(const std::string& text, std::size_t width, std::size_t indent);

}  // namespace plan
