// The formats of `plan changes`.
#include "render/changes/changes.hpp"

namespace plan {

const FormatTable<ChangesOutput>& changes_formats() {
    static const FormatTable<ChangesOutput> table = {
        {{"text", {}, {".txt"}, FormatKind::text},
         [](std::ostream& out, const ChangesOutput& o) { write_changes_text(out, o.report, o.style); }},
        {{"json", {}, {".json"}, FormatKind::data},
         [](std::ostream& out, const ChangesOutput& o) { write_changes_json(out, o.report); }},
        // A document of its own: a title, then the sections one level below.
        {{"markdown", {"md"}, {".md", ".markdown"}, FormatKind::markdown},
         [](std::ostream& out, const ChangesOutput& o) {
             out << "# Changes\n\n";
             write_changes_markdown(out, o.report, 2);
         }},
    };
    return table;
}

}  // namespace plan
