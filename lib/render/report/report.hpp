#pragma once
// Writing the committee paper (`plan report`), one function per format. Both
// take the view computed once by build_report() and write to the stream
// given; the same view gives the same bytes.
#include <ostream>

#include "query/report_view.hpp"
#include "render/common/formats.hpp"

namespace plan {

// GitHub-flavoured Markdown that pandoc (-f gfm) turns into a clean .docx:
// plan text escaped literally, no raw HTML, no links or images.
void write_report_markdown(std::ostream& out, const ReportView& v);

// One self-contained, accessible HTML file: inline CSS and SVG, no scripts,
// no external requests, print styles for A4.
void write_report_html(std::ostream& out, const ReportView& v);

// The formats of `plan report`; the first is the default.
const FormatTable<ReportView>& report_formats();

}  // namespace plan
