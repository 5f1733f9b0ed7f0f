// The formats of `plan status`.
#include "render/status/views.hpp"

namespace plan {

const FormatTable<StatusOutput>& status_formats() {
    static const FormatTable<StatusOutput> table = {
        {{"text", {}, {".txt"}, FormatKind::text},
         [](std::ostream& out, const StatusOutput& o) { write_status_text(out, o.view, o.style); }},
        {{"json", {}, {".json"}, FormatKind::data},
         [](std::ostream& out, const StatusOutput& o) { write_status_json(out, o.view); }},
        {{"markdown", {"md"}, {".md", ".markdown"}, FormatKind::markdown},
         [](std::ostream& out, const StatusOutput& o) { write_status_markdown(out, o.view); }},
    };
    return table;
}

}  // namespace plan
