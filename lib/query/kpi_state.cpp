#include "query/kpi_state.hpp"

#include <cmath>
#include <cstdint>

namespace plan {
namespace {

// Positive when `now` is better than `before`, in the KPI's own sense.
double improvement(const Kpi& kpi, double now, double before) {
    bool lower = kpi.better && *kpi.better == Better::lower;
    return lower ? before - now : now - before;
}

// Figures are decimals written by people: 85 - 84.1 must equal 0.9 exactly
// as written, not 0.9000000000000057, at the tolerance's edge.
constexpr double kSlack = 1e-9;

Brag rag_against_target(const Kpi& kpi, const KpiState& s) {
    if (!kpi.target || !s.latest || !s.latest->value) return Brag::none;
    double tolerance = kpi.tolerance ? *kpi.tolerance : 0.0;
    double now = *s.latest->value;
    const KpiTarget& t = *kpi.target;
    double gain = 0;
    if (t.trend) {
        if (!s.year_earlier || !s.year_earlier->value) return Brag::none;
        gain = improvement(kpi, now, *s.year_earlier->value);
        if (std::fabs(gain) <= tolerance + kSlack) return Brag::amber;
        return gain > 0 ? Brag::green : Brag::red;
    }
    if (!t.value) return Brag::none;
    gain = improvement(kpi, now, *t.value);  // >= 0: meets the target
    if (gain >= -kSlack) return Brag::green;
    return -gain <= tolerance + kSlack ? Brag::amber : Brag::red;
}

}  // namespace

PeriodKind series_kind(const Kpi& kpi) {
    for (auto it = kpi.data.rbegin(); it != kpi.data.rend(); ++it)
        if (it->period && it->period->kind != PeriodKind::snapshot) return it->period->kind;
    if (!kpi.frequency) return PeriodKind::month;
    switch (*kpi.frequency) {
    case Frequency::monthly: return PeriodKind::month;
    case Frequency::quarterly: return PeriodKind::financial_quarter;
    case Frequency::annual: return PeriodKind::financial_year;
    }
    return PeriodKind::month;
}

KpiState kpi_state(const Kpi& kpi, Date as_of, std::optional<Date> plan_end) {
    KpiState s;
    for (const auto& d : kpi.data) {
        if (!d.period || d.period->end > as_of) continue;
        if (!s.latest || s.latest->period->end < d.period->end) {
            s.previous = s.latest;
            s.latest = &d;
        } else if (!s.previous || s.previous->period->end < d.period->end) {
            s.previous = &d;
        }
    }
    if (s.latest) {
        Period before = s.latest->period->year_earlier();
        for (const auto& d : kpi.data)
            if (d.period && d.period->end == before.end && d.period->kind == before.kind) s.year_earlier = &d;
    }
    if (s.latest && s.previous && s.latest->value && s.previous->value) {
        double gain = improvement(kpi, *s.latest->value, *s.previous->value);
        s.direction = gain > 0 ? Direction::improving : gain < 0 ? Direction::worsening : Direction::steady;
    }
    s.rag = rag_against_target(kpi, s);

    // Without a frequency that could be read (refused, and reported by the
    // schema check) no period is expected: staleness would be a guess.
    if (!kpi.frequency) return s;

    // The newest period whose figure should be in by now: it ended more than
    // `lag` days ago (and, for a plan that has ended, by the plan's end).
    Date horizon = as_of.plus_days(-kpi.lag_days);
    bool ended = plan_end && *plan_end < horizon;
    if (ended) horizon = *plan_end;
    PeriodKind kind = series_kind(kpi);
    Period p = period_containing(kind, horizon);
    // A figure is late the day after it was due (end + lag), as actions are;
    // after the plan has ended, its last period is expected whole.
    if (ended ? p.end > horizon : p.end >= horizon) p = p.previous();
    s.expected = p;
    Date newest = s.latest ? s.latest->period->end : Date::from_days(INT32_MIN / 2);
    s.stale = newest < p.start;
    return s;
}

const char* words(Direction d) {
    static const char* const w[] = {"improving", "steady", "worsening", "no trend"};
    return w[static_cast<int>(d)];
}

}  // namespace plan
