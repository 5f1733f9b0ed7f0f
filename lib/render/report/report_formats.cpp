// The formats of `plan report`. A format that is bytes for a file (docx,
// pdf) is one more row with `binary` set: the command line then requires -o.
#include "render/report/report.hpp"
#include "render/report/report_binary.hpp"

namespace plan {

const FormatTable<ReportView>& report_formats() {
    static const FormatTable<ReportView> table = {
        {{"md", {"markdown"}, {".md", ".markdown"}, FormatKind::markdown}, write_report_markdown},
        {{"html", {}, {".html", ".htm"}, FormatKind::html}, write_report_html},
        {{"pdf", {}, {".pdf"}, FormatKind::html, true}, [](std::ostream& out, const ReportView& v) { write_report_pdf(out, v); }},
        {{"docx", {}, {".docx"}, FormatKind::markdown, true},
         [](std::ostream& out, const ReportView& v) { write_report_docx(out, v, DocxOptions{v.reference_doc}); }},
    };
    return table;
}

}  // namespace plan
