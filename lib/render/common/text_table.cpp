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

namespace {

// "A; B" as "A;" and "B": the items of a wrapping cell (leads joined by "; ").
std::vector<std::string> wrap_items(const std::string& text) {
    std::vector<std::string> items;
    std::size_t from = 0;
    for (std::size_t at; (at = text.find("; ", from)) != std::string::npos; from = at + 2)
        items.push_back(text.substr(from, at + 1 - from));
    items.push_back(text.substr(from));
    return items;
}

}  // namespace

std::string TextTable::render(std::size_t width, bool color, std::size_t indent) const {
    std::size_t n = columns_.size();
    std::vector<std::size_t> w(n);
    // A wrapping column asks only for its widest item: the rest can wrap.
    for (std::size_t c = 0; c < n; ++c) {
        w[c] = display_width(columns_[c].header);
        for (const auto& row : rows_) {
            if (c >= row.size()) continue;
            if (!columns_[c].wrap) w[c] = std::max(w[c], display_width(row[c].text));
            else
                for (const auto& item : wrap_items(row[c].text)) w[c] = std::max(w[c], display_width(item));
        }
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
    // One column at a time a column's worth from the widest: a long title
    // and a long lead end up sharing the room rather than the title keeping
    // it all.
    auto shrink_to = [&](auto minimum) {
        while (total() > width) {
            std::size_t widest = n;
            for (std::size_t c = 0; c < n; ++c)
                if (shown[c] && columns_[c].elastic && w[c] > minimum(c) && (widest == n || w[c] >= w[widest]))
                    widest = c;
            if (widest == n) break;
            --w[widest];
        }
    };
    // Columns that may be dropped are extras: they give way first.
    for (std::size_t c = n; c-- > 0 && total() > width;)
        if (columns_[c].droppable && columns_[c].elastic && w[c] > columns_[c].min)
            w[c] -= std::min(w[c] - columns_[c].min, total() - width);
    shrink_to([&](std::size_t c) { return columns_[c].min; });
    for (std::size_t c = n; c-- > 0 && total() > width;)
        if (columns_[c].droppable) shown[c] = false;
    shrink_to([](std::size_t) { return std::size_t{4}; });

    std::string rendered;
    // A row's cells as lines: one each, or as many as a wrapping cell needs,
    // each of its items on a line of its own.
    auto cell_lines = [&](const std::vector<TableCell>& cells, std::size_t c, bool header) {
        std::vector<std::string> out;
        std::string text = c < cells.size() ? cells[c].text : std::string();
        if (header || !columns_[c].wrap || display_width(text) <= w[c]) return std::vector<std::string>{shorten(text, w[c])};
        for (const auto& item : wrap_items(text))
            for (auto& l : wrap(item, w[c], 0)) out.push_back(shorten(l, w[c]));
        if (out.empty()) out.emplace_back();
        return out;
    };
    auto line = [&](const std::vector<TableCell>& cells, bool header) {
        std::size_t last_shown = n;
        for (std::size_t c = 0; c < n; ++c)
            if (shown[c]) last_shown = c;
        std::vector<std::vector<std::string>> texts(n);
        std::size_t height = 1;
        for (std::size_t c = 0; c < n; ++c)
            if (shown[c]) height = std::max(height, (texts[c] = cell_lines(cells, c, header)).size());
        for (std::size_t k = 0; k < height; ++k) {
            std::string l(indent, ' ');
            for (std::size_t c = 0; c < n; ++c) {
                if (!shown[c]) continue;
                std::string text = k < texts[c].size() ? texts[c][k] : std::string();
                std::string pad(w[c] - display_width(text), ' ');
                bool last = c == last_shown;
                std::string styled = text;
                if (color && !text.empty() && c < cells.size() && cells[c].color) styled = fmt::format(fmt::fg(*cells[c].color), "{}", text);
                if (header && color) styled = fmt::format(fmt::emphasis::bold, "{}", text);
                l += columns_[c].right ? pad + styled : styled + (last ? std::string() : pad);
                if (!last) l += "  ";
            }
            while (!l.empty() && l.back() == ' ') l.pop_back();
            rendered += l + "\n";
        }
    };
    std::vector<TableCell> header;
    for (const auto& c : columns_) header.push_back({c.header, std::nullopt});
    line(header, true);
    for (const auto& row : rows_) line(row, false);
    return rendered;
}

}  // namespace plan
