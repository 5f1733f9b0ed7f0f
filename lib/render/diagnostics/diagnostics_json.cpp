#include <nlohmann/json.hpp>

#include "render/diagnostics/diagnostics.hpp"
#include "render/common/json_out.hpp"

namespace plan {

// Documented in docs/json.md; bump schema_version on any incompatible change.
void write_diagnostics_json(std::ostream& out, const DiagnosticsView& view) {
    nlohmann::ordered_json doc;
    doc["schema_version"] = 1;
    std::size_t errors = 0, warnings = 0;
    auto list = nlohmann::ordered_json::array();
    for (const auto& d : view.diagnostics) {
        (d.severity == Severity::error ? errors : warnings)++;
        nlohmann::ordered_json item;
        item["file"] = view.path(d.pos);
        item["line"] = d.pos.line;
        item["column"] = d.pos.col;
        item["severity"] = d.severity == Severity::error ? "error" : "warning";
        item["check"] = d.check;
        item["message"] = d.message;
        list.push_back(std::move(item));
    }
    doc["files"] = view.files.size();
    doc["errors"] = errors;
    doc["warnings"] = warnings;
    doc["diagnostics"] = std::move(list);
    write_json(out, doc);
}

}  // namespace plan
