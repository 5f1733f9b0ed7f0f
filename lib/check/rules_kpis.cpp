// The checks on KPI figures: order, periods that fit the frequency, staleness.
#include <fmt/format.h>

#include "check/rules.hpp"
#include "model/vocabulary.hpp"
#include "query/kpi_state.hpp"

namespace plan {
namespace {

bool fits(Frequency f, PeriodKind k) {
    if (k == PeriodKind::snapshot) return true;
    switch (f) {
    case Frequency::monthly: return k == PeriodKind::month;
    case Frequency::quarterly: return k == PeriodKind::financial_quarter;
    case Frequency::annual: return k == PeriodKind::year || k == PeriodKind::financial_year;
    }
    return false;
}

const char* expected_words(Frequency f) {
    switch (f) {
    case Frequency::monthly: return "a month (YYYY-MM) or a day (YYYY-MM-DD)";
    case Frequency::quarterly: return "a financial quarter (YYYY/YY Qn) or a day (YYYY-MM-DD)";
    case Frequency::annual: return "a year (YYYY), a financial year (YYYY/YY) or a day (YYYY-MM-DD)";
    }
    return "?";
}

}  // namespace

void check_kpi_periods(const RuleContext& ctx) {
    for (const auto& k : ctx.repo.kpis) {
        const DataPoint* before = nullptr;
        const DataPoint* first_yearly = nullptr;
        for (const auto& d : k.data) {
            if (!d.period) continue;
            const Period& p = *d.period;
            if (k.frequency && !fits(*k.frequency, p.kind)) {
                ctx.report(d.period.pos, Check::kpi_periods,
                           fmt::format("period {} of {} is {}, but the KPI is {}; write {}", p.text, describe(k),
                                       period_kind_words(p.kind), to_string(*k.frequency), expected_words(*k.frequency)));
            } else if (p.kind == PeriodKind::year || p.kind == PeriodKind::financial_year) {
                if (first_yearly && first_yearly->period->kind != p.kind)
                    ctx.report(d.period.pos, Check::kpi_periods,
                               fmt::format("period {} of {} mixes calendar and financial years (line {} has {}); use one "
                                           "kind",
                                           p.text, describe(k), first_yearly->pos.line, first_yearly->period->text));
                if (!first_yearly) first_yearly = &d;
            }
            if (before) {
                const Period& b = *before->period;
                if (p.end == b.end && p.kind == b.kind)
                    ctx.report(d.period.pos, Check::kpi_periods,
                               fmt::format("period {} of {} appears twice (also line {}); give each period one figure",
                                           p.text, describe(k), before->pos.line));
                else if (p.end == b.end)
                    ctx.report(d.period.pos, Check::kpi_periods,
                               fmt::format("period {} of {} ends on the same day as {} (line {}); give each period one "
                                           "figure",
                                           p.text, describe(k), b.text, before->pos.line));
                else if (p.end < b.end)
                    ctx.report(d.period.pos, Check::kpi_periods,
                               fmt::format("period {} of {} comes after {}; list figures oldest first", p.text,
                                           describe(k), b.text));
            }
            before = &d;
        }
    }
}

void check_kpi_stale(const RuleContext& ctx) {
    std::optional<Date> plan_end;
    if (ctx.repo.plan.end) plan_end = *ctx.repo.plan.end;
    for (const auto& k : ctx.repo.kpis) {
        KpiState s = kpi_state(k, ctx.as_of, plan_end);
        if (!s.stale || !s.expected) continue;
        Date due_by = s.expected->end.plus_days(k.lag_days);
        Pos pos = k.data.empty() ? k.id.pos : k.data.back().pos;
        if (!k.id) pos = k.pos;
        std::string since = s.latest ? fmt::format("no data since {}", s.latest->period->text) : std::string("no data");
        ctx.report(pos, Check::kpi_stale,
                   fmt::format("{} for {}: the figure for {} was due by {}", since, describe(k), s.expected->text,
                               due_by.iso()));
    }
}

}  // namespace plan
