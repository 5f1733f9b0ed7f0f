#pragma once
// `plan kpi import`: a CSV export's rows as KPI figures, all or none. Every
// bad row is reported with its place; only when there is none are the new
// figures added (in period order), equal ones skipped and different ones
// restated (only with a reason).
#include <map>
#include <string>
#include <vector>

#include "edit/csv_reader.hpp"
#include "edit/import_rules.hpp"
#include "edit/plan_edit.hpp"

namespace plan {

struct KpiTally {
    std::size_t added = 0, skipped = 0, restated = 0;
};

struct ImportOutcome {
    std::vector<CsvProblem> problems;        // in row order; nothing was added when not empty
    std::map<std::string, KpiTally> tally;   // by KPI id
};

// `reason` empty: a row whose figure differs from the plan's is a problem.
ImportOutcome import_rows(PlanEditor& editor, const std::vector<CsvRow>& rows, const ImportRules& rules,
                          const std::string& reason);

}  // namespace plan
