#include "render/text_table.hpp"

#include <algorithm>

namespace plan {

std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string shorten(const std::string& s, std::size_t width) {
    if (display_width(s) <= width) return s;
    if (width == 0) return {};
    std::string cut;
    std::size_t shown = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) {
            if (shown == width - 1) break;
            ++shown;
        }
        cut += s[i];
    }
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    return cut + "…";
}

std::string TextTable::render(std::size_t width, bool color, std::size_t indent) const {
    std::size_t n = columns_.size();
    std::vector<std::size_t> w(n);
    for (std::size_t c = 0; c < n; ++c) {
        w[c] = display_width(columns_[c].header);
        for (const auto& row : rows_)
            if (c < row.size()) w[c] = std::max(w[c], display_width(row[c].text));
    }
    // Shrink elastic columns, rightmost first, each down to its minimum.
    auto total = [&] {
        std::size_t t = indent;
        for (auto x : w) t += x;
        return t + 2 * (n ? n - 1 : 0);
    };
    for (std::size_t c = n; c-- > 0 && total() > width;) {
        if (!columns_[c].elastic || w[c] <= columns_[c].min) continue;
        w[c] -= std::min(w[c] - columns_[c].min, total() - width);
    }

    std::string rendered;
    auto line = [&](const std::vector<TableCell>& cells, bool header) {
        std::string l(indent, ' ');
        for (std::size_t c = 0; c < n; ++c) {
            std::string text = c < cells.size() ? shorten(cells[c].text, w[c]) : std::string();
            std::string pad(w[c] - display_width(text), ' ');
            bool last = c + 1 == n;
            std::string shown = text;
            if (color && c < cells.size() && cells[c].color) shown = fmt::format(fmt::fg(*cells[c].color), "{}", text);
            if (header && color) shown = fmt::format(fmt::emphasis::bold, "{}", text);
            l += columns_[c].right ? pad + shown : shown + (last ? std::string() : pad);
            if (!last) l += "  ";
        }
        while (!l.empty() && l.back() == ' ') l.pop_back();
        rendered += l + "\n";
    };
    std::vector<TableCell> header;
    for (const auto& c : columns_) header.push_back({c.header, std::nullopt});
    line(header, true);
    for (const auto& row : rows_) line(row, false);
    return rendered;
}

}  // namespace plan
