#include "check/rules.hpp"

#include <fmt/format.h>

#include "check/catalogue.hpp"

namespace plan {

void RuleContext::report(Pos pos, Check check, std::string message) const {
    const CheckInfo& info = check_info(check);
    out.push_back({pos, info.severity, std::string(info.name), std::move(message)});
}

std::string RuleContext::where(Pos pos) const {
    std::string path = pos.file < repo.files.size() ? repo.files[pos.file].path : "?";
    return pos.line ? fmt::format("{}:{}", path, pos.line) : path;
}

std::string describe(const Action& a) {
    return a.id ? fmt::format("action {}", *a.id) : fmt::format("the action on line {}", a.pos.line);
}

std::string describe(const Kpi& k) {
    return k.id ? fmt::format("KPI {}", *k.id) : fmt::format("the KPI on line {}", k.pos.line);
}

void run_consistency_checks(const RuleContext& ctx) {
    using Rule = void (*)(const RuleContext&);
    static const Rule kRules[] = {check_unique_ids,     check_references,     check_coverage,
                                  check_status_fields,  check_done_dates,     check_plan_period,
                                  check_date_order,     check_step_dues,      check_progress_order,
                                  check_rag_optimism,   check_kpi_periods,    check_kpi_stale};
    for (Rule rule : kRules) rule(ctx);
}

}  // namespace plan
