#pragma once
// `plan kpi add` and each point of `plan kpi import`: one figure for one
// period of a KPI, added in period order; a different figure for a period
// that has one is a restatement, which keeps the old figure and the reason.
#include <string>

#include "edit/plan_edit.hpp"

namespace plan {

struct KpiFigure {
    std::string kpi;
    Period period;
    double value = 0;
    std::string value_text;  // as it is to be written (a YAML number)
    std::string note;
};

enum class FigureOutcome { added, already_there, restated };

// `reason` empty: a different figure already there is refused (EditError).
// Several figures for one KPI may be added to one editor, in period order.
// `describe`: say what changed, for the commit message (an import says it once).
FigureOutcome add_kpi_figure(PlanEditor& editor, const KpiFigure& figure, const std::string& reason,
                             bool describe = true);

// A number as YAML writes it: 12, 12.5, -3 (`text` already read as `value`).
std::string yaml_number(double value);

}  // namespace plan
