#pragma once
// The consistency checks: each a named function over the whole repository at
// an as-of date, reporting through a RuleContext. See catalogue.cpp for the
// names and docs/checks.md for what each means.
#include <string>
#include <string_view>
#include <vector>

#include "check/catalogue.hpp"
#include "model/diagnostic.hpp"
#include "model/plan.hpp"

namespace plan {

struct RuleContext {
    const Repository& repo;
    Date as_of;
    Diagnostics& out;
    // Whether every file of each kind could be read; checks that need the
    // whole of a kind (coverage needs every action) stay quiet otherwise,
    // rather than blame the plan for what a broken file hides.
    bool plan_read = true, actions_read = true, kpis_read = true;

    // Severity comes from the catalogue entry of `check`.
    void report(Pos pos, Check check, std::string message) const;
    // "actions/learning.yaml:12"
    std::string where(Pos pos) const;
};

// "action LO-1", or "the action on line 12" when it has no usable id.
std::string describe(const Action& a);
std::string describe(const Kpi& k);

void check_unique_ids(const RuleContext& ctx);
void check_references(const RuleContext& ctx);
void check_coverage(const RuleContext& ctx);
void check_status_fields(const RuleContext& ctx);
void check_done_dates(const RuleContext& ctx);
void check_plan_period(const RuleContext& ctx);
void check_date_order(const RuleContext& ctx);
void check_step_dues(const RuleContext& ctx);
void check_progress_order(const RuleContext& ctx);
void check_rag_optimism(const RuleContext& ctx);
void check_kpi_periods(const RuleContext& ctx);
void check_kpi_stale(const RuleContext& ctx);

// All of the above, in a fixed order.
void run_consistency_checks(const RuleContext& ctx);

}  // namespace plan
