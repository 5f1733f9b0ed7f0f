#pragma once
// A KPI's standing at an as-of date: latest figure, RAG against its target,
// direction of travel and whether a figure is missing (docs/format.md).
#include <optional>

#include "model/plan.hpp"
#include "query/action_state.hpp"

namespace plan {

enum class Direction { improving, steady, worsening, unknown };

struct KpiState {
    const DataPoint* latest = nullptr;    // newest figure on or before the as-of date
    const DataPoint* previous = nullptr;  // the one before it
    const DataPoint* year_earlier = nullptr;  // same period a year before `latest`
    Brag rag = Brag::none;                // none: no target, or nothing to compare
    Direction direction = Direction::unknown;
    std::optional<Period> expected;  // the latest period a figure is due for at the as-of date
    bool stale = false;              // no figure for `expected`
};

// `plan_end`, when set, caps the expected period: a plan that has ended
// expects no more figures.
KpiState kpi_state(const Kpi& kpi, Date as_of, std::optional<Date> plan_end = std::nullopt);

// The period kind a KPI's figures come in: that of its newest figure, else
// the one its frequency implies (monthly: month; quarterly: financial quarter;
// annual: financial year).
PeriodKind series_kind(const Kpi& kpi);

const char* words(Direction d);

}  // namespace plan
