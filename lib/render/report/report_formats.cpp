// The formats of `plan report`. A format that is bytes for a file (docx,
// pdf) is one more row with `binary` set: the command line then requires -o.
#include "render/report/report.hpp"

namespace plan {

const FormatTable<ReportView>& report_formats() {
    static const FormatTable<ReportView> table = {
        {{"md", {"markdown"}, {".md", ".markdown"}, FormatKind::markdown}, write_report_markdown},
        {{"html", {}, {".html", ".htm"}, FormatKind::html}, write_report_html},
    };
    return table;
}

}  // namespace plan
