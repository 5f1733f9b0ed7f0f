// The paper as GitHub-flavoured Markdown. Every piece of plan text goes
// through markdown_text(), so it shows as typed: no markup, links or images
// from a plan file reach GitHub or the .docx that pandoc makes of this.
#include <fmt/format.h>

#include "render/common/markdown_text.hpp"
#include "render/report/report.hpp"
#include "render/report/report_doc.hpp"

namespace plan {
namespace {

std::string span_md(const Span& s) {
    switch (s.kind) {
    case Span::Kind::plain:
    case Span::Kind::rich: return markdown_text(s.text);
    case Span::Kind::strong:
    case Span::Kind::tag: {
        std::string t = markdown_text(s.text);
        return t.empty() ? t : "**" + t + "**";
    }
    }
    return {};
}

std::string para_md(const Para& p) {
    std::string out;
    for (const Span& s : p) {
        std::string piece = span_md(s);
        if (piece.empty()) continue;
        // A tag follows its text with a space, as a word would.
        if (s.kind == Span::Kind::tag && !out.empty() && out.back() != ' ') out += ' ';
        out += piece;
    }
    return markdown_line(out);
}

// A cell's items on one line: GFM cells cannot hold line breaks, and <br>
// is raw HTML. Sentences already end in a full stop; other items get "; ".
std::string cell_md(const Cell& c) {
    std::string out;
    for (const Para& p : c.items) {
        std::string item = para_md(p);
        if (item.empty()) continue;
        if (!out.empty()) out += out.back() == '.' ? " " : "; ";
        out += item;
    }
    return out;
}

void write_table(std::ostream& out, const Table& t) {
    if (!t.caption.empty() && !t.caption_hidden) out << "_" << markdown_line(markdown_text(t.caption)) << "_\n\n";
    out << '|';
    for (const auto& h : t.headers) out << ' ' << markdown_text(h) << " |";
    out << "\n|";
    for (std::size_t i = 0; i < t.headers.size(); ++i) out << (i < t.numeric.size() && t.numeric[i] ? "--:|" : "---|");
    out << '\n';
    for (const auto& row : t.rows) {
        out << '|';
        for (std::size_t i = 0; i < t.headers.size(); ++i) {
            std::string text = i < row.size() ? cell_md(row[i]) : std::string();
            out << (text.empty() ? " |" : ' ' + text + " |");
        }
        out << '\n';
    }
    out << '\n';
}

void write_block(std::ostream& out, const Block& b) {
    switch (b.kind) {
    case Block::Kind::heading: out << "### " << markdown_line(markdown_text(b.text)) << "\n\n"; break;
    case Block::Kind::paragraph: out << para_md(b.para) << "\n\n"; break;
    case Block::Kind::notice: out << "> " << para_md(b.para) << "\n\n"; break;
    case Block::Kind::list:
        for (const Para& p : b.items) out << "- " << para_md(p) << '\n';
        out << '\n';
        break;
    case Block::Kind::fields:
        for (const auto& [label, value] : b.fields) out << "- **" << markdown_text(label) << ":** " << para_md(value) << '\n';
        out << '\n';
        break;
    case Block::Kind::table: write_table(out, b.table); break;
    // Markdown has no pictures of its own here: the figures table carries the chart.
    case Block::Kind::chart: write_table(out, b.table); break;
    }
}

}  // namespace

void write_report_markdown(std::ostream& out, const ReportView& v) {
    ReportDoc doc = build_report_doc(v);
    out << "# " << markdown_text(doc.title) << "\n\n";
    if (!doc.authority.empty()) out << "**" << markdown_text(doc.authority) << "**\n\n";
    for (const Section& s : doc.sections) {
        if (!s.title.empty()) out << "## " << markdown_text(s.title) << "\n\n";
        for (const Block& b : s.blocks) write_block(out, b);
    }
}

}  // namespace plan
