// The formats of `plan validate`. Text goes to standard error, beside the
// summary; the machine-readable formats to standard output.
#include "render/diagnostics/diagnostics.hpp"

namespace plan {

const FormatTable<DiagnosticsOutput>& diagnostics_formats() {
    static const FormatTable<DiagnosticsOutput> table = {
        {{"text", {}, {".txt"}, FormatKind::text, false, FormatStream::standard_error},
         [](std::ostream& out, const DiagnosticsOutput& o) { write_diagnostics_text(out, o.view, o.style, o.lines); }},
        {{"json", {}, {".json"}, FormatKind::data},
         [](std::ostream& out, const DiagnosticsOutput& o) { write_diagnostics_json(out, o.view); }},
        {{"github", {}, {}, FormatKind::data},
         [](std::ostream& out, const DiagnosticsOutput& o) { write_diagnostics_github(out, o.view); }},
        {{"gitlab", {}, {}, FormatKind::data},
         [](std::ostream& out, const DiagnosticsOutput& o) { write_diagnostics_gitlab(out, o.view); }},
    };
    return table;
}

}  // namespace plan
