// The paper as one self-contained HTML file. Plan text is escaped
// (html_escape) or, for free-text fields, rendered by commonmark_html() in
// safe mode; the only markup is the paper's own. No scripts, no external
// requests: the stylesheet and charts are inline.
#include <fmt/format.h>

#include "render/common/commonmark.hpp"
#include "render/common/html_escape.hpp"
#include "render/report/report.hpp"
#include "render/report/report_css.hpp"
#include "render/report/report_doc.hpp"

namespace plan {
namespace {

const char* tone_class(Brag b) {
    switch (b) {
    case Brag::blue: return "tag tag-blue";
    case Brag::red: return "tag tag-red";
    case Brag::amber: return "tag tag-amber";
    case Brag::green: return "tag tag-green";
    case Brag::none: return "tag tag-grey";
    }
    return "tag tag-grey";
}

// CommonMark as inline HTML when it is one paragraph, else as blocks.
std::string rich_html(const std::string& text, bool& block) {
    std::string html = commonmark_html(text);
    const std::string open = "<p>", close = "</p>\n";
    if (html.size() >= open.size() + close.size() && html.compare(0, open.size(), open) == 0 &&
        html.compare(html.size() - close.size(), close.size(), close) == 0 && html.find("<p>", 1) == std::string::npos)
        return html.substr(open.size(), html.size() - open.size() - close.size());
    if (!html.empty()) block = true;
    return html;
}

// The spans of a paragraph; `block` is set when CommonMark produced blocks,
// so that the caller wraps them in a <div> rather than a <p>.
std::string para_html(const Para& p, bool& block) {
    std::string out;
    for (const Span& s : p) {
        switch (s.kind) {
        case Span::Kind::plain: out += html_escape(s.text); break;
        case Span::Kind::rich: out += rich_html(s.text, block); break;
        case Span::Kind::strong:
            if (!s.text.empty()) out += "<strong>" + html_escape(s.text) + "</strong>";
            break;
        case Span::Kind::tag:
            if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
            out += fmt::format("<strong class=\"{}\">{}</strong>", tone_class(s.tone), html_escape(s.text));
            break;
        }
    }
    return out;
}

std::string para_block(const Para& p, const char* cls = nullptr) {
    bool block = false;
    std::string inner = para_html(p, block);
    std::string attr = cls ? fmt::format(" class=\"{}\"", cls) : "";
    return block ? fmt::format("<div{}>{}</div>\n", attr, inner) : fmt::format("<p{}>{}</p>\n", attr, inner);
}

std::string cell_html(const Cell& c) {
    bool block = false;
    if (c.items.size() == 1) return para_html(c.items[0], block);
    std::string out = "<ul class=\"cell-list\">";
    for (const Para& p : c.items) out += "<li>" + para_html(p, block) + "</li>";
    return out + "</ul>";
}

void write_table(std::ostream& out, const Table& t) {
    out << "<table" << (t.style.empty() ? "" : " class=\"" + html_escape(t.style) + "\"") << ">\n";
    if (!t.caption.empty())
        out << (t.caption_hidden ? "<caption class=\"visually-hidden\">" : "<caption>") << html_escape(t.caption)
            << "</caption>\n";
    auto num = [&](std::size_t i) { return i < t.numeric.size() && t.numeric[i] ? " class=\"num\"" : ""; };
    out << "<thead><tr>";
    for (std::size_t i = 0; i < t.headers.size(); ++i) out << "<th scope=\"col\"" << num(i) << ">" << html_escape(t.headers[i]) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        out << "<tr>";
        for (std::size_t i = 0; i < t.headers.size(); ++i) {
            std::string text = i < row.size() ? cell_html(row[i]) : std::string();
            bool header = i == 0 && t.row_headers;
            out << (header ? "<th scope=\"row\"" : "<td") << num(i) << ">" << text << (header ? "</th>" : "</td>");
        }
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void write_block(std::ostream& out, const Block& b) {
    switch (b.kind) {
    case Block::Kind::heading:
        out << "<h3" << (b.id.empty() ? "" : " id=\"" + html_escape(b.id) + "\"") << ">" << html_escape(b.text) << "</h3>\n";
        break;
    case Block::Kind::paragraph: out << para_block(b.para); break;
    case Block::Kind::notice: out << "<div class=\"notice\">" << para_block(b.para) << "</div>\n"; break;
    case Block::Kind::list:
        out << "<ul>\n";
        for (const Para& p : b.items) {
            bool block = false;
            out << "<li>" << para_html(p, block) << "</li>\n";
        }
        out << "</ul>\n";
        break;
    case Block::Kind::fields:
        out << "<dl class=\"fields\">\n";
        for (const auto& [label, value] : b.fields) {
            bool block = false;
            out << "<div><dt>" << html_escape(label) << "</dt><dd>" << para_html(value, block) << "</dd></div>\n";
        }
        out << "</dl>\n";
        break;
    case Block::Kind::table: write_table(out, b.table); break;
    case Block::Kind::chart:
        out << "<div class=\"chart-block\">\n" << svg_chart(b.chart);
        write_table(out, b.table);
        out << "</div>\n";
        break;
    }
}

void write_contents(std::ostream& out, const ReportDoc& doc) {
    int titled = 0;
    for (const Section& s : doc.sections) titled += !s.title.empty();
    if (doc.on_a_page || titled < 3) return;
    out << "<nav class=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>\n<ol>\n";
    for (const Section& s : doc.sections)
        if (!s.title.empty())
            out << "<li><a href=\"#" << html_escape(s.id) << "\">" << html_escape(s.title) << "</a></li>\n";
    out << "</ol>\n</nav>\n";
}

// The classification at the top of every printed page. A CSS string, not
// HTML: quotes, backslashes and line ends are escaped as hex, and "<" too,
// so that no text can close the <style> element.
std::string page_header_css(const std::string& text) {
    std::string quoted;
    for (unsigned char c : text) {
        if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20 || c == 0x7f) quoted += fmt::format("\\{:x} ", c);
        else quoted += static_cast<char>(c);
    }
    return fmt::format("@page {{ @top-left {{ content: \"{}\"; font: 700 9pt Arial, \"Liberation Sans\", sans-serif; "
                       "color: #0b0c0c; }} }}\n",
                       quoted);
}

}  // namespace

void write_report_html(std::ostream& out, const ReportView& v) {
    ReportDoc doc = build_report_doc(v);
    out << "<!DOCTYPE html>\n<html lang=\"" << doc.lang << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>" << html_escape(doc.title) << "</title>\n<style>\n"
        << report_css() << page_header_css(doc.classification) << "</style>\n</head>\n<body class=\"" << (doc.on_a_page ? "on-a-page" : "paper") << "\">\n"
        << "<main>\n<header class=\"masthead\">\n";
    if (!doc.authority.empty()) out << "<p class=\"authority\">" << html_escape(doc.authority) << "</p>\n";
    out << "<h1>" << html_escape(doc.title) << "</h1>\n</header>\n";
    bool contents_written = false;
    for (const Section& s : doc.sections) {
        // The contents follow the cover, where a reader looks for them.
        if (!contents_written && !s.title.empty()) {
            write_contents(out, doc);
            contents_written = true;
        }
        out << "<section id=\"" << html_escape(s.id) << "\">\n";
        if (!s.title.empty()) out << "<h2>" << html_escape(s.title) << "</h2>\n";
        for (const Block& b : s.blocks) write_block(out, b);
        out << "</section>\n";
    }
    out << "</main>\n</body>\n</html>\n";
}

}  // namespace plan
