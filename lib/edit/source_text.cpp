#include "edit/source_text.hpp"

#include <algorithm>

namespace plan {

SourceText::SourceText(std::string bytes) {
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        bom_ = bytes.substr(0, 3);
        bytes.erase(0, 3);
    }
    body_ = std::move(bytes);
    starts_.push_back(0);
    for (std::size_t i = 0; i < body_.size(); ++i)
        if (body_[i] == '\n' && i + 1 < body_.size()) starts_.push_back(i + 1);
    std::size_t first = body_.find('\n');
    if (first != std::string::npos && first > 0 && body_[first - 1] == '\r') eol_ = "\r\n";
}

std::size_t SourceText::line_end_with_eol(std::uint32_t n) const {
    return n < line_count() ? starts_[n] : body_.size();
}

bool SourceText::ends_with_newline() const { return !body_.empty() && body_.back() == '\n'; }

std::string_view SourceText::line(std::uint32_t n) const {
    std::string_view all(body_);
    std::size_t b = starts_[n - 1], e = line_end_with_eol(n);
    std::string_view l = all.substr(b, e - b);
    if (!l.empty() && l.back() == '\n') l.remove_suffix(1);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    return l;
}

std::size_t SourceText::byte_index(std::uint32_t n, std::uint32_t col) const {
    std::string_view l = line(n);
    std::size_t i = 0;
    // A character starts at every byte that is not a UTF-8 continuation
    // byte, as load/columns counts them.
    for (std::uint32_t c = 1; c < col && i < l.size(); ++c)
        do ++i;
        while (i < l.size() && (static_cast<unsigned char>(l[i]) & 0xC0) == 0x80);
    return i;
}

std::uint32_t SourceText::indent(std::uint32_t n) const {
    std::string_view l = line(n);
    std::uint32_t i = 0;
    while (i < l.size() && l[i] == ' ') ++i;
    return i;
}

bool SourceText::blank(std::uint32_t n) const {
    std::string_view l = line(n);
    return l.find_first_not_of(" \t") == std::string_view::npos;
}

bool SourceText::comment(std::uint32_t n) const {
    std::string_view l = line(n);
    std::size_t i = l.find_first_not_of(" \t");
    return i != std::string_view::npos && l[i] == '#';
}

std::uint32_t SourceText::block_end(std::uint32_t first, std::uint32_t ind, bool dash_items) const {
    std::uint32_t last = first;
    for (std::uint32_t n = first + 1; n <= line_count(); ++n) {
        if (blank(n)) continue;
        std::uint32_t i = indent(n);
        std::string_view l = line(n);
        if (i == 0 && (l.substr(0, 3) == "..." || l.substr(0, 3) == "---")) break;
        // A comment indented into the block belongs to it (it may even be a
        // line of block text); one further out is neutral.
        if (comment(n) && i <= ind) continue;
        bool item = i == ind && dash_items && l.size() > i && l[i] == '-' &&
                    (l.size() == i + 1 || l[i + 1] == ' ' || l[i + 1] == '\r');
        if (i > ind || item) {
            last = n;
            continue;
        }
        break;
    }
    return last;
}

TextEdit SourceText::insert_after_line(std::uint32_t n, const std::vector<std::string>& lines) const {
    TextEdit e;
    e.offset = line_end_with_eol(n);
    bool last_without_eol = n == line_count() && !ends_with_newline() && !body_.empty();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (last_without_eol) e.text += eol_;
        e.text += lines[i];
        if (!last_without_eol) e.text += eol_;
    }
    return e;
}

TextEdit SourceText::insert_before_line(std::uint32_t n, const std::vector<std::string>& lines) const {
    TextEdit e;
    e.offset = line_start(n);
    for (const auto& l : lines) e.text += l + eol_;
    return e;
}

std::string SourceText::apply(std::vector<TextEdit> edits) const {
    // In offset order, copying the bytes between edits once: an import
    // makes many edits at one place, and replacing in place would move the
    // rest of the text for each. Of two edits at one offset the earlier
    // comes first.
    std::vector<std::size_t> order(edits.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return edits[a].offset < edits[b].offset; });
    std::string out = bom_;
    std::size_t at = 0;
    for (std::size_t i : order) {
        const TextEdit& e = edits[i];
        if (e.offset > at) out.append(body_, at, e.offset - at);
        out += e.text;
        at = std::max(at, e.offset + e.length);
    }
    if (at < body_.size()) out.append(body_, at, std::string::npos);
    return out;
}

}  // namespace plan
