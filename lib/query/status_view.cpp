#include "query/status_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "query/calendar.hpp"

namespace plan {

void Tally::add(const ActionState& s) {
    ++total;
    ++by_state[static_cast<std::size_t>(s.state)];
    ++by_rag[static_cast<std::size_t>(s.rag)];
}

namespace {

std::vector<Attention> attention_points(const StatusView& v) {
    std::vector<Attention> out;
    for (const auto& line : v.actions) {
        const Action& a = *line.action;
        const ActionState& s = line.state;
        std::string id = a.id ? *a.id : "?";
        if (s.latest && s.latest->rag && s.rag != Brag::blue && s.rag != Brag::none &&
            goodness(brag_of(*s.latest->rag)) > goodness(s.rag)) {
            out.push_back({"rag-optimism", id,
                           fmt::format("marked {} on {} but {}", words(brag_of(*s.latest->rag)),
                                       s.latest->date->iso(), optimism_reason(s, v.as_of))});
        }
        if (s.review_days_late > 0) out.push_back({"review-passed", id, review_passed_words(a, s)});
        // Ongoing work is still work: it gets notes like any open action.
        bool open = s.state != State::complete && s.state != State::dropped;
        // An action not started and not yet near its date needs no note yet;
        // one said to be under way, or falling due, does.
        bool should_have_note = (a.status && *a.status != Status::not_started) || s.state == State::overdue ||
                                s.state == State::due_soon;
        if (open) {
            if (!s.latest) {
                if (should_have_note) out.push_back({"no-recent-progress", id, "no progress note yet"});
            } else if (v.as_of - *s.latest->date > v.options.quiet_days)
                out.push_back({"no-recent-progress", id,
                               fmt::format("no progress note for {} (last on {})", days_words(v.as_of - *s.latest->date),
                                           s.latest->date->iso())});
        }
    }
    for (const auto& k : v.kpis) {
        if (!k.state.stale || !k.state.expected) continue;
        std::string since = k.state.latest ? fmt::format("no data since {}", k.state.latest->period->text) : "no data";
        out.push_back({"kpi-stale", k.kpi->id ? *k.kpi->id : "?",
                       fmt::format("{}; the figure for {} was due by {}", since, k.state.expected->text,
                                   k.state.expected->end.plus_days(k.kpi->lag_days).iso())});
    }
    return out;
}

}  // namespace

StatusView build_status(const Repository& repo, Date as_of, const StatusOptions& options) {
    StatusView v;
    v.as_of = as_of;
    v.repo = &repo;
    v.options = options;
    v.filtered = !options.filter.empty();
    for (const auto& m : repo.meetings) v.meetings.push_back({&m, next_meeting(m, as_of)});
    for (const auto& visit : repo.inspection.visits)
        if (visit.date && *visit.date <= as_of && (!v.latest_visit || *visit.date >= *v.latest_visit->date))
            v.latest_visit = &visit;

    for (const auto& t : repo.themes) v.themes.push_back({&t, {}});
    ThemeLine unknown;
    std::set<std::string> measured;
    for (const auto& a : repo.actions) {
        ActionState s = action_state(a, as_of, options.window_days);
        if (!options.filter.matches(a, s)) continue;
        v.actions.push_back({&a, s});
        v.overall.add(s);
        for (const auto& m : a.measures) measured.insert(*m);
        auto it = std::find_if(v.themes.begin(), v.themes.end(),
                               [&](const ThemeLine& t) { return a.theme && t.theme->id && *t.theme->id == *a.theme; });
        (it == v.themes.end() ? unknown : *it).tally.add(s);
    }
    if (unknown.tally.total) v.themes.push_back(unknown);
    if (v.filtered)
        v.themes.erase(std::remove_if(v.themes.begin(), v.themes.end(), [](const ThemeLine& t) { return !t.tally.total; }),
                       v.themes.end());

    for (auto& r : recommendation_standings(repo, as_of, options.window_days)) {
        bool shown = !v.filtered;
        if (options.filter.recommendations.size())
            shown = r.recommendation->id && std::count(options.filter.recommendations.begin(),
                                                       options.filter.recommendations.end(), *r.recommendation->id);
        else if (v.filtered)
            for (const auto& line : v.actions)
                shown = shown || std::count(r.actions.begin(), r.actions.end(), line.action);
        if (shown) v.recommendations.push_back(std::move(r));
    }

    std::optional<Date> plan_end;
    if (repo.plan.end) plan_end = *repo.plan.end;
    for (const auto& k : repo.kpis) {
        if (v.filtered && (!k.id || !measured.count(*k.id))) continue;
        KpiLine line{&k, kpi_state(k, as_of, plan_end), {}};
        for (const auto& d : k.data)
            if (d.period && d.value && d.period->end <= as_of) line.recent.push_back(*d.value);
        if (line.recent.size() > 12) line.recent.erase(line.recent.begin(), line.recent.end() - 12);
        v.kpis.push_back(std::move(line));
    }
    v.attention = attention_points(v);
    return v;
}

}  // namespace plan
