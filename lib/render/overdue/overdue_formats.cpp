// The formats of `plan overdue`.
#include "render/status/views.hpp"

namespace plan {

const FormatTable<OverdueOutput>& overdue_formats() {
    static const FormatTable<OverdueOutput> table = {
        {{"text", {}, {".txt"}, FormatKind::text},
         [](std::ostream& out, const OverdueOutput& o) { write_overdue_text(out, o.view, o.style); }},
        {{"json", {}, {".json"}, FormatKind::data},
         [](std::ostream& out, const OverdueOutput& o) { write_overdue_json(out, o.view); }},
        {{"markdown", {"md"}, {".md", ".markdown"}, FormatKind::markdown},
         [](std::ostream& out, const OverdueOutput& o) { write_overdue_markdown(out, o.view); }},
    };
    return table;
}

}  // namespace plan
