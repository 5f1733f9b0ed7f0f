#pragma once
// The committee paper as a small document model: sections of headings,
// paragraphs, lists, tables and charts, with every piece of plan text marked
// as plain text or CommonMark. It is built once from the ReportView
// (report_doc*.cpp) and written by one writer per format (report_markdown.cpp,
// report_html.cpp), so that both formats say the same thing in the same order.
#include <optional>
#include <string>
#include <vector>

#include "query/action_state.hpp"
#include "query/report_view.hpp"
#include "render/common/svg_chart.hpp"

namespace plan {

struct Span {
    enum class Kind {
        plain,   // text shown as typed
        rich,    // plan free text: CommonMark in HTML, literal in Markdown
        strong,  // emphasised words of the paper's own
        tag,     // a RAG or state word, coloured in HTML ("Red", "Overdue")
    };
    Kind kind = Kind::plain;
    std::string text;
    Brag tone = Brag::none;  // the tag's colour; none: grey
};

using Para = std::vector<Span>;

Span plain(std::string text);
Span rich(std::string text);
Span strong(std::string text);
Span tag(std::string text, Brag tone);

// A table cell: one paragraph, or several shown as separate items.
struct Cell {
    std::vector<Para> items;
};
Cell cell(Para p);
Cell cell(std::string plain_text);

struct Table {
    std::string caption;
    std::vector<std::string> headers;
    std::vector<bool> numeric;  // right-aligned columns; may be shorter than headers
    std::vector<std::vector<Cell>> rows;
    bool row_headers = true;    // the first cell of each row names the row
    std::string style;          // a class for the HTML writer: "appendix", "figures"
    bool caption_hidden = false;  // a heading just above says it: only screen readers get the caption
};

struct Block {
    enum class Kind {
        heading,    // a sub-heading (level 3) with `text`
        paragraph,  // `para`
        list,       // `items`
        fields,     // `fields`: label and value pairs (the cover)
        notice,     // `para`, set apart: exempt information, validation errors
        table,      // `table`
        chart,      // `chart` and its figures in `table`
    };
    Kind kind = Kind::paragraph;
    std::string text;
    std::string id;  // for headings: an anchor
    Para para;
    std::vector<Para> items;
    std::vector<std::pair<std::string, Para>> fields;
    Table table;
    ChartSpec chart;
};

struct Section {
    std::string id;     // anchor, fixed per section: "exceptions"
    std::string title;  // level-2 heading; empty for the cover
    std::vector<Block> blocks;
};

struct ReportDoc {
    std::string lang = "en-GB";
    std::string title;        // the document's title (<title>, the level-1 heading)
    std::string authority;    // shown above the title
    bool on_a_page = false;
    // The running header of every printed page: "Public", or the exempt
    // marking when the paper includes exempt information.
    std::string classification;
    std::vector<Section> sections;
};

ReportDoc build_report_doc(const ReportView& v);

// Exempt information and validation errors, said before anything else.
std::vector<Block> report_notices(const ReportView& v);

// Section builders, one file per group.
Section cover_section(const ReportView& v);
Section summary_section(const ReportView& v);
Section recommendation_section(const ReportView& v);
Section exceptions_section(const ReportView& v);
Section progress_section(const ReportView& v);
Section coverage_section(const ReportView& v);
Section inspection_section(const ReportView& v);
Section kpis_section(const ReportView& v);
Section appendix_section(const ReportView& v);
Section changes_section(const ReportView& v);
std::vector<Section> on_a_page_sections(const ReportView& v);

// Block helpers.
Block heading(std::string text, std::string id = {});
Block paragraph(Para p);
Block paragraph(std::string plain_text);
Block notice(Para p);
Block list(std::vector<Para> items);
Block table(Table t);

}  // namespace plan
