#include "render/common/text_table.hpp"

#include <algorithm>

namespace plan {

std::string shorten(const std::string& s, std::size_t width) {
    if (display_width(s) <= width) return s;
    if (width == 0) return {};
    std::string cut(prefix_within_width(s, width - 1));
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    return cut + "…";
}

std::vector<std::string> wrap(const std::string& text, std::size_t width, std::size_t indent) {
    std::vector<std::string> lines;
    std::size_t pos = text.find_first_not_of(' ');
    if (pos == std::string::npos) return lines;
    std::string line(pos, ' ');  // the first line keeps its own indent
    while (pos < text.size()) {
        auto space = text.find(' ', pos);
        std::string word = text.substr(pos, space == std::string::npos ? std::string::npos : space - pos);
        pos = space == std::string::npos ? text.size() : space + 1;
        std::size_t room = width > indent + 8 ? width : indent + 8;
        if (!line.empty() && display_width(line) + 1 + display_width(word) > room) {
            lines.push_back(line);
            line = std::string(indent, ' ');
        }
        if (!line.empty() && line.find_first_not_of(' ') != std::string::npos) line += ' ';
        line += word;
        if (display_width(line) > room) line = shorten(line, room);
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

std::string TextTable::render(std::size_t width, bool color, std::size_t indent) const {
    std::size_t n = columns_.size();
    std::vector<std::size_t> w(n);
    for (std::size_t c = 0; c < n; ++c) {
        w[c] = display_width(columns_[c].header);
        for (const auto& row : rows_)
            if (c < row.size()) w[c] = std::max(w[c], display_width(row[c].text));
    }
    // Make it fit: shorten elastic columns (rightmost first) to their
    // minimums, then leave out droppable columns, then shorten further.
    std::vector<bool> shown(n, true);
    auto total = [&] {
        std::size_t t = indent, count = 0;
        for (std::size_t c = 0; c < n; ++c)
            if (shown[c]) t += w[c], ++count;
        return t + 2 * (count ? count - 1 : 0);
    };
    auto shrink_to = [&](auto minimum) {
        for (std::size_t c = n; c-- > 0 && total() > width;) {
            std::size_t floor = minimum(c);
            if (!shown[c] || !columns_[c].elastic || w[c] <= floor) continue;
            w[c] -= std::min(w[c] - floor, total() - width);
        }
    };
    shrink_to([&](std::size_t c) { return columns_[c].min; });
    for (std::size_t c = n; c-- > 0 && total() > width;)
        if (columns_[c].droppable) shown[c] = false;
    shrink_to([](std::size_t) { return std::size_t{4}; });

    std::string rendered;
    auto line = [&](const std::vector<TableCell>& cells, bool header) {
        std::string l(indent, ' ');
        std::size_t last_shown = n;
        for (std::size_t c = 0; c < n; ++c)
            if (shown[c]) last_shown = c;
        for (std::size_t c = 0; c < n; ++c) {
            if (!shown[c]) continue;
            std::string text = c < cells.size() ? shorten(cells[c].text, w[c]) : std::string();
            std::string pad(w[c] - display_width(text), ' ');
            bool last = c == last_shown;
            std::string styled = text;
            if (color && c < cells.size() && cells[c].color) styled = fmt::format(fmt::fg(*cells[c].color), "{}", text);
            if (header && color) styled = fmt::format(fmt::emphasis::bold, "{}", text);
            l += columns_[c].right ? pad + styled : styled + (last ? std::string() : pad);
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
