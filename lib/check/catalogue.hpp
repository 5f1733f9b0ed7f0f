#pragma once
// Every check `plan validate` runs, by name: one table that the checks, the
// CLI (`plan validate --list-checks`) and docs/checks.md all follow. A rule
// names its check by the enum, so a typo does not compile (a name looked up
// at run time could fall back to a default severity unseen).
#include <cstddef>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"

namespace plan {

// In the catalogue's order (catalogue.cpp checks it when it compiles).
enum class Check {
    io,
    layout,
    file_size,
    file_count,
    encoding,
    yaml_syntax,
    multiple_documents,
    yaml_anchor,
    yaml_alias,
    yaml_tag,
    yaml_merge_key,
    yaml_key,
    duplicate_key,
    nesting_depth,
    value_size,
    unclosed_quote,
    yaml_typing,
    schema,
    date,
    period,
    id_format,
    unique_ids,
    references,
    coverage,
    status_fields,
    done_date,
    plan_period,
    date_order,
    step_after_action,
    progress_order,
    kpi_periods,
    kpi_stale,
    rag_optimism,
    csv_import
};
inline constexpr std::size_t kCheckCount = static_cast<std::size_t>(Check::csv_import) + 1;

struct CheckInfo {
    Check id;
    std::string_view name;
    Severity severity;
    std::string_view summary;
};

const std::vector<CheckInfo>& check_catalogue();
const CheckInfo& check_info(Check check);
const CheckInfo* find_check(std::string_view name);

}  // namespace plan
