#include "check/catalogue.hpp"

namespace plan {

const std::vector<CheckInfo>& check_catalogue() {
    static const std::vector<CheckInfo> kChecks = {
        // Reading files
        {"io", Severity::error, "a file or folder could not be read"},
        {"layout", Severity::warning, "files in actions/ and kpis/ are .yaml or .yml files, not folders or other files"},
        {"file-size", Severity::error, "a YAML file is no larger than 8 MiB"},
        {"file-count", Severity::error, "actions/ and kpis/ hold at most 5,000 files together"},
        {"encoding", Severity::error,
         "files are UTF-8 text without NUL, control characters, a byte order mark after the start, or bidi controls"},
        {"yaml-syntax", Severity::error, "the file is well-formed YAML"},
        {"multiple-documents", Severity::error, "a file holds one YAML document"},
        {"yaml-anchor", Severity::error, "no anchors (&name)"},
        {"yaml-alias", Severity::error, "no aliases (*name)"},
        {"yaml-tag", Severity::error, "no tags (!name)"},
        {"yaml-merge-key", Severity::error, "no merge keys (<<)"},
        {"yaml-key", Severity::error, "keys are non-empty plain text of at most 200 bytes"},
        {"duplicate-key", Severity::error, "no key appears twice in the same mapping"},
        {"nesting-depth", Severity::error, "nesting is at most 32 levels deep"},
        {"value-size", Severity::error, "a value is at most 100,000 bytes"},
        {"unclosed-quote", Severity::error, "quoted text does not run on over the fields after it"},
        {"yaml-typing", Severity::error, "numbers are decimal; no octal, hexadecimal, .nan or .inf, nothing too large"},
        // Shape
        {"schema", Severity::error, "the file matches its JSON Schema (schemas/): fields, types, allowed values"},
        {"date", Severity::error, "dates are real calendar dates written YYYY-MM-DD (or YYYY-MM where a month is allowed)"},
        {"period", Severity::error, "KPI periods are months, days, years, financial years or financial quarters"},
        {"id-format", Severity::error, "ids use only ASCII letters, digits, '.', '_' and '-'"},
        // Consistency
        {"unique-ids", Severity::error, "ids of actions, themes, KPIs and meetings, and recommendation numbers, are unique"},
        {"references", Severity::error, "themes, recommendation numbers and ranges, and measures (KPI ids) named by actions exist"},
        {"coverage", Severity::error, "every recommendation is linked from at least one action that is not dropped"},
        {"status-fields", Severity::error,
         "done actions have a done date, dropped ones a reason, ongoing ones no due date"},
        {"done-date", Severity::error, "completion dates are not after the as-of date"},
        {"plan-period", Severity::warning, "due dates fall inside the plan's start and end"},
        {"date-order", Severity::error, "the plan and the inspection do not end before they start"},
        {"step-after-action", Severity::warning, "a step is not due after its action"},
        {"progress-order", Severity::error, "progress entries run oldest first and are not dated after the as-of date"},
        {"kpi-periods", Severity::error,
         "KPI figures run oldest first, one per period, in periods that match the KPI's frequency"},
        {"kpi-stale", Severity::warning, "a KPI has a figure for the latest period expected at the as-of date"},
        {"rag-optimism", Severity::warning, "the lead's latest RAG is not better than the RAG the dates give"},
        // Writing to the plan
        {"csv-import", Severity::error,
         "every row of a CSV export given to plan kpi import reads as a figure for a KPI of the plan"},
    };
    return kChecks;
}

const CheckInfo* find_check(std::string_view name) {
    for (const auto& c : check_catalogue())
        if (c.name == name) return &c;
    return nullptr;
}

}  // namespace plan
