#include "check/catalogue.hpp"

#include <iterator>

namespace plan {

namespace {

constexpr CheckInfo kChecks[] = {
    // Reading files
    {Check::io, "io", Severity::error, "a file or folder could not be read"},
    {Check::layout, "layout", Severity::warning, "files in actions/ and kpis/ are .yaml or .yml files, not folders or other files"},
    {Check::file_size, "file-size", Severity::error, "a YAML file is no larger than 8 MiB"},
    {Check::file_count, "file-count", Severity::error, "actions/ and kpis/ hold at most 5,000 files together"},
    {Check::encoding, "encoding", Severity::error,
     "files are UTF-8 text without NUL, control characters, a byte order mark after the start, or bidi controls"},
    {Check::yaml_syntax, "yaml-syntax", Severity::error, "the file is well-formed YAML"},
    {Check::multiple_documents, "multiple-documents", Severity::error, "a file holds one YAML document"},
    {Check::yaml_anchor, "yaml-anchor", Severity::error, "no anchors (&name)"},
    {Check::yaml_alias, "yaml-alias", Severity::error, "no aliases (*name)"},
    {Check::yaml_tag, "yaml-tag", Severity::error, "no tags (!name)"},
    {Check::yaml_merge_key, "yaml-merge-key", Severity::error, "no merge keys (<<)"},
    {Check::yaml_key, "yaml-key", Severity::error, "keys are non-empty plain text of at most 200 bytes"},
    {Check::duplicate_key, "duplicate-key", Severity::error, "no key appears twice in the same mapping"},
    {Check::nesting_depth, "nesting-depth", Severity::error, "nesting is at most 32 levels deep"},
    {Check::value_size, "value-size", Severity::error, "a value is at most 100,000 bytes"},
    {Check::unclosed_quote, "unclosed-quote", Severity::error, "quoted text does not run on over the fields after it"},
    {Check::yaml_typing, "yaml-typing", Severity::error, "numbers are decimal; no octal, hexadecimal, .nan or .inf, nothing too large"},
    // Shape
    {Check::schema, "schema", Severity::error, "the file matches its JSON Schema (schemas/): fields, types, allowed values"},
    {Check::date, "date", Severity::error, "dates are real calendar dates written YYYY-MM-DD (or YYYY-MM where a month is allowed)"},
    {Check::period, "period", Severity::error, "KPI periods are months, days, years, financial years or financial quarters"},
    {Check::id_format, "id-format", Severity::error, "ids use only ASCII letters, digits, '.', '_' and '-'"},
    // Consistency
    {Check::unique_ids, "unique-ids", Severity::error, "ids of actions, themes, KPIs and meetings, and recommendation numbers, are unique"},
    {Check::references, "references", Severity::error, "themes, recommendation numbers and ranges, and measures (KPI ids) named by actions exist"},
    {Check::coverage, "coverage", Severity::error, "every recommendation is linked from at least one action that is not dropped"},
    {Check::status_fields, "status-fields", Severity::error,
     "done actions have a done date, dropped ones a reason, ongoing ones no due date"},
    {Check::done_date, "done-date", Severity::error, "completion dates are not after the as-of date"},
    {Check::plan_period, "plan-period", Severity::warning, "due dates fall inside the plan's start and end"},
    {Check::date_order, "date-order", Severity::error, "the plan and the inspection do not end before they start"},
    {Check::step_after_action, "step-after-action", Severity::warning, "a step is not due after its action"},
    {Check::progress_order, "progress-order", Severity::error, "progress entries run oldest first and are not dated after the as-of date"},
    {Check::kpi_periods, "kpi-periods", Severity::error,
     "KPI figures run oldest first, one per period, in periods that match the KPI's frequency"},
    {Check::kpi_stale, "kpi-stale", Severity::warning, "a KPI has a figure for the latest period expected at the as-of date"},
    {Check::rag_optimism, "rag-optimism", Severity::warning, "the lead's latest RAG is not better than the RAG the dates give"},
    // Writing to the plan
    {Check::csv_import, "csv-import", Severity::error,
     "every row of a CSV export given to plan kpi import reads as a figure for a KPI of the plan"},
};

// Each row sits at its enum's place, and every enum value has a row.
constexpr bool in_enum_order() {
    std::size_t i = 0;
    for (const CheckInfo& c : kChecks)
        if (static_cast<std::size_t>(c.id) != i++) return false;
    return i == kCheckCount;
}
static_assert(in_enum_order(), "check/catalogue.cpp: the rows must follow enum Check, one row per check");

}  // namespace

const std::vector<CheckInfo>& check_catalogue() {
    static const std::vector<CheckInfo> all(std::begin(kChecks), std::end(kChecks));
    return all;
}

const CheckInfo& check_info(Check check) { return kChecks[static_cast<std::size_t>(check)]; }

const CheckInfo* find_check(std::string_view name) {
    for (const auto& c : check_catalogue())
        if (c.name == name) return &c;
    return nullptr;
}

}  // namespace plan
