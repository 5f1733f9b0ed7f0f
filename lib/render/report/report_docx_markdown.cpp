#include "render/report/report_docx_markdown.hpp"

#include <algorithm>
#include <cctype>

#include "render/common/html_escape.hpp"
#include "render/report/docx_package.hpp"

namespace plan {
namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    std::size_t first = s.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : s.substr(first);
}

std::string span_text(const Span& s) {
    std::string t = pandoc_text(s.text);
    if (s.kind == Span::Kind::strong || s.kind == Span::Kind::tag) t = trimmed(t);
    if (t.empty()) return t;
    // RAG and state words in bold: the word is the signal, as in the HTML.
    return s.kind == Span::Kind::strong || s.kind == Span::Kind::tag ? "**" + t + "**" : t;
}

std::string para_text(const Para& p) {
    std::string out;
    for (const Span& s : p) {
        std::string piece = span_text(s);
        if (piece.empty()) continue;
        if (s.kind == Span::Kind::tag && !out.empty() && out.back() != ' ') out += ' ';
        out += piece;
    }
    return trimmed(out);
}

std::string cell_text(const Cell& c) {
    std::string out;
    for (const Para& p : c.items) {
        std::string item = para_text(p);
        if (item.empty()) continue;
        if (!out.empty()) out += out.back() == '.' ? " " : "; ";
        out += item;
    }
    return out;
}

// Column widths from what the columns hold: pandoc shares the page in
// proportion to the dashes under each header (with --columns small enough
// that every table counts as wide). Long text columns get the room; a
// column of short figures never falls below its header's width.
std::vector<std::size_t> dash_counts(const Table& t) {
    std::vector<std::size_t> longest(t.headers.size(), 3);
    for (std::size_t i = 0; i < t.headers.size(); ++i) longest[i] = std::max<std::size_t>(longest[i], std::min<std::size_t>(t.headers[i].size(), 16));
    for (const auto& row : t.rows)
        for (std::size_t i = 0; i < t.headers.size() && i < row.size(); ++i) {
            std::size_t n = 0;
            for (const Para& p : row[i].items)
                for (const Span& s : p) n += s.text.size() + 1;
            longest[i] = std::max(longest[i], std::min<std::size_t>(n, 60));
        }
    return longest;
}

void write_table(std::ostream& out, const Table& t) {
    out << '|';
    for (const auto& h : t.headers) out << ' ' << trimmed(pandoc_text(h)) << " |";
    out << "\n|";
    auto dashes = dash_counts(t);
    for (std::size_t i = 0; i < t.headers.size(); ++i) {
        bool numeric = i < t.numeric.size() && t.numeric[i];
        out << std::string(dashes[i], '-') << (numeric ? ":|" : "-|");
    }
    out << '\n';
    for (const auto& row : t.rows) {
        out << '|';
        for (std::size_t i = 0; i < t.headers.size(); ++i) {
            std::string text = i < row.size() ? cell_text(row[i]) : std::string();
            out << ' ' << text << " |";
        }
        out << '\n';
    }
    if (!t.caption.empty()) out << "\n: " << trimmed(pandoc_text(t.caption)) << '\n';
    out << '\n';
}

void write_block(std::ostream& out, const Block& b, const DocxMarkdownOptions& o) {
    switch (b.kind) {
    case Block::Kind::heading: out << "## " << trimmed(pandoc_text(b.text)) << "\n\n"; break;
    case Block::Kind::paragraph: out << para_text(b.para) << "\n\n"; break;
    case Block::Kind::notice: out << "> " << para_text(b.para) << "\n\n"; break;
    case Block::Kind::list:
        for (const Para& p : b.items) out << "- " << para_text(p) << '\n';
        out << '\n';
        break;
    case Block::Kind::fields:
        for (const auto& [label, value] : b.fields) out << "- **" << trimmed(pandoc_text(label)) << ":** " << para_text(value) << '\n';
        out << '\n';
        break;
    case Block::Kind::table: write_table(out, b.table); break;
    case Block::Kind::chart:
        if (o.chart_png) {
            std::string uri = o.chart_png(b.chart);
            if (!uri.empty()) out << "![" << trimmed(pandoc_text(chart_alt_text(b.chart))) << "](" << uri << "){width=15cm}\n\n";
        }
        write_table(out, b.table);
        break;
    }
}

void section_break(std::ostream& out, bool landscape, const std::string& references) {
    out << "```{=openxml}\n<w:p><w:pPr>" << a4_section(landscape, references) << "</w:pPr></w:p>\n```\n\n";
}

}  // namespace

std::string pandoc_text(std::string_view s) {
    std::string clean = clean_utf8(s), out;
    out.reserve(clean.size() + clean.size() / 4);
    for (char c : clean) {
        if (c == '\n' || c == '\r' || c == '\t') {
            if (out.empty() || out.back() != ' ') out += ' ';
        } else if (c >= '!' && c <= '~' && !std::isalnum(static_cast<unsigned char>(c))) {
            out += '\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

std::string chart_alt_text(const ChartSpec& c) {
    if (c.title.empty()) return c.description;
    return c.description.empty() ? c.title : c.title + ". " + c.description;
}

void write_docx_markdown(std::ostream& out, const ReportDoc& doc, const DocxMarkdownOptions& options) {
    // The title is the document's (its properties and the Title style), so
    // it is not repeated as a heading here.
    if (!doc.authority.empty()) out << "**" << trimmed(pandoc_text(doc.authority)) << "**\n\n";
    bool landscape = false;
    for (const Section& s : doc.sections) {
        bool wide = s.id == "appendix";
        // A section break ends the pages before it: portrait up to the
        // appendix, landscape for it, portrait again for anything after.
        if (wide != landscape && wide) section_break(out, false, options.section_references);
        if (wide != landscape && !wide) section_break(out, true, options.section_references);
        landscape = wide;
        if (!s.title.empty()) out << "# " << trimmed(pandoc_text(s.title)) << "\n\n";
        for (const Block& b : s.blocks) write_block(out, b, options);
    }
    if (landscape) {
        section_break(out, true, options.section_references);
        out << "End of the report.\n";
    }
}

}  // namespace plan
