#pragma once
// The committee paper as the files a council tables: a PDF from the HTML
// paper through a paged-media engine (WeasyPrint, else headless Chromium),
// and a Word document from a Markdown paper through pandoc, its charts as
// PNG from rsvg-convert. Each writes the finished bytes to the stream it is
// given; the caller puts them in place atomically (lib/output), so a tool
// that fails leaves no half-written file.
#include <ostream>
#include <stdexcept>
#include <string>

#include "query/report_view.hpp"

namespace plan {

// A document tool is missing or failed: what it is, the Debian package that
// provides it, and what it said.
struct DocumentToolError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A4, "Page N of M", tagged PDF with the document's language (WeasyPrint's
// PDF/UA variant; Chromium tags by default). Same view, same bytes with
// WeasyPrint. Throws DocumentToolError.
void write_report_pdf(std::ostream& out, const ReportView& v);

struct DocxOptions {
    std::string reference_doc;  // the council's Word template; empty: a clean A4 default
};

// Word (.docx) with en-GB, title, author and date in its properties, A4
// pages with the action-plan appendix on landscape pages, repeated table
// header rows, charts as PNG with the HTML's alt text. Throws
// DocumentToolError.
void write_report_docx(std::ostream& out, const ReportView& v, const DocxOptions& options = {});

}  // namespace plan
