#pragma once
// The paper as pandoc Markdown (`-f markdown`) for the Word writer: the same
// document model as the other formats, with every piece of plan text
// backslash-escaped so that pandoc reads it as the characters typed (an
// e-mail address keeps its "@"), table column widths from the dash counts,
// charts as images, and raw OpenXML section breaks that put the action-plan
// appendix on landscape pages.
#include <functional>
#include <ostream>
#include <string>

#include "render/report/report_doc.hpp"

namespace plan {

struct DocxMarkdownOptions {
    // A chart as a PNG data: URI; "" leaves the chart out (its figures stay).
    std::function<std::string(const ChartSpec&)> chart_png;
    std::string section_references;  // the template's header and footer references
};

// Plan text for pandoc Markdown: controls cleaned, line breaks as spaces,
// every ASCII punctuation character escaped.
std::string pandoc_text(std::string_view s);

// The alt text of a chart: the HTML's <title> and <desc>.
std::string chart_alt_text(const ChartSpec& c);

void write_docx_markdown(std::ostream& out, const ReportDoc& doc, const DocxMarkdownOptions& options);

}  // namespace plan
