#include "query/report_view.hpp"

#include <algorithm>
#include <unordered_map>

#include "query/filters.hpp"

namespace plan {
namespace {

bool plan_has_exempt(const Repository& repo) {
    for (const auto& a : repo.actions) {
        if (a.exempt) return true;
        for (const auto& s : a.steps)
            if (s.exempt) return true;
        for (const auto& p : a.progress)
            if (p.exempt) return true;
    }
    return false;
}

const Theme* theme_of(const Repository& repo, const Action& a) {
    for (const auto& t : repo.themes)
        if (a.theme && t.id && *t.id == *a.theme) return &t;
    return nullptr;
}

// The action with what the paper may show of it. Its state is computed from
// all its steps, exempt or not: an exempt step that is late still makes the
// action late, though the step itself is not shown.
ReportAction shown_action(const Repository& repo, const Action& a, Date as_of, int window, bool include_exempt) {
    ReportAction r;
    r.action = &a;
    r.theme = theme_of(repo, a);
    r.state = action_state(a, as_of, window);
    for (const auto& s : a.steps)
        if (include_exempt || !s.exempt) r.steps.push_back(&s);
    for (const auto& p : a.progress) {
        if (!include_exempt && p.exempt) continue;
        r.progress.push_back(&p);
        if (p.date && (!r.latest || !(*p.date < *r.latest->date))) r.latest = &p;
    }
    return r;
}

// For the exempt appendix: only what is exempt. An exempt action is shown
// whole; another action only with its exempt steps and notes, and not at
// all when it has none.
bool keep_exempt_only(ReportAction& r) {
    if (r.action->exempt) return true;
    auto not_exempt_step = [](const Step* s) { return !s->exempt; };
    auto not_exempt_note = [](const ProgressEntry* p) { return !p->exempt; };
    r.steps.erase(std::remove_if(r.steps.begin(), r.steps.end(), not_exempt_step), r.steps.end());
    r.progress.erase(std::remove_if(r.progress.begin(), r.progress.end(), not_exempt_note), r.progress.end());
    r.latest = nullptr;
    for (const ProgressEntry* p : r.progress)
        if (p->date && (!r.latest || !(*p->date < *r.latest->date))) r.latest = p;
    return !r.steps.empty() || !r.progress.empty();
}

void add_themes(ReportView& v) {
    for (const auto& t : v.repo->themes) v.themes.push_back({&t, {}, {}});
    ReportTheme unknown;
    for (std::size_t i = 0; i < v.actions.size(); ++i) {
        const ReportAction& a = v.actions[i];
        v.overall.add(a.state);
        auto it = std::find_if(v.themes.begin(), v.themes.end(), [&](const ReportTheme& t) { return t.theme == a.theme; });
        ReportTheme& group = a.theme && it != v.themes.end() ? *it : unknown;
        group.tally.add(a.state);
        group.actions.push_back(i);
    }
    if (unknown.tally.total) v.themes.push_back(std::move(unknown));
}

void add_exceptions(ReportView& v) {
    ReportExceptions& e = v.exceptions;
    for (std::size_t i = 0; i < v.actions.size(); ++i) {
        const ReportAction& a = v.actions[i];
        if (a.state.state == State::overdue) e.overdue.push_back(i);
        else if (a.state.state == State::blocked) e.blocked.push_back(i);
        if (a.state.review_days_late > 0) e.reviews_passed.push_back(i);
        // The lead's latest rating is better than the dates allow: members
        // should hear it from the paper, not discover it later.
        const ProgressEntry* p = a.latest;
        if (p && p->rag && a.state.rag != Brag::blue && a.state.rag != Brag::none &&
            goodness(brag_of(*p->rag)) > goodness(a.state.rag))
            e.optimism.push_back({i, brag_of(*p->rag)});
    }
    std::stable_sort(e.overdue.begin(), e.overdue.end(), [&](std::size_t x, std::size_t y) {
        return v.actions[x].state.days_late > v.actions[y].state.days_late;
    });
    std::stable_sort(e.reviews_passed.begin(), e.reviews_passed.end(), [&](std::size_t x, std::size_t y) {
        return v.actions[x].state.review_days_late > v.actions[y].state.review_days_late;
    });
    for (std::size_t k = 0; k < v.kpis.size(); ++k)
        if (v.kpis[k].state.stale && v.kpis[k].state.expected) e.stale_kpis.push_back(k);
}

bool links_every(const Action& a, const std::vector<Recommendation>& recs) {
    if (recs.size() < 2 || (a.status && *a.status == Status::dropped)) return false;
    for (const auto& r : recs)
        if (!r.id || !links_recommendation(a, *r.id)) return false;
    return true;
}

void add_recommendations(ReportView& v) {
    // Where each shown action is, and whether it is cross-cutting, looked up
    // once: a plan of thousands of actions linked to tens of recommendations
    // would otherwise be searched end to end for every link.
    std::unordered_map<const Action*, std::size_t> shown;
    shown.reserve(v.actions.size());
    std::vector<bool> cross_cutting(v.actions.size(), false);
    for (std::size_t i = 0; i < v.actions.size(); ++i) {
        shown.emplace(v.actions[i].action, i);
        if (links_every(*v.actions[i].action, v.repo->inspection.recommendations)) {
            v.cross_cutting.push_back(i);
            cross_cutting[i] = true;
        }
    }
    for (const auto& standing : recommendation_standings(*v.repo, v.as_of, v.window_days)) {
        ReportRecommendation r;
        r.recommendation = standing.recommendation;
        r.covered = standing.covered;
        r.delivered = standing.delivered;
        r.at_risk = standing.at_risk;
        for (const Action* linked : standing.actions) {
            auto it = shown.find(linked);
            if (it == shown.end()) ++r.exempt_actions;
            else if (!cross_cutting[it->second])
                r.actions.push_back(it->second);
        }
        ReportSummary& s = v.summary;
        s.recommendations_covered += r.covered;
        s.recommendations_delivered += r.delivered;
        s.recommendations_at_risk += r.at_risk;
        v.recommendations.push_back(std::move(r));
    }
}

void add_kpis(ReportView& v) {
    std::optional<Date> plan_end;
    if (v.repo->plan.end) plan_end = *v.repo->plan.end;
    ReportSummary& s = v.summary;
    for (const auto& k : v.repo->kpis) {
        ReportKpi line{&k, kpi_state(k, v.as_of, plan_end), {}};
        for (const auto& d : k.data)
            if (d.period && d.value && d.period->end <= v.as_of) line.series.push_back(&d);
        std::stable_sort(line.series.begin(), line.series.end(),
                         [](const DataPoint* a, const DataPoint* b) { return a->period->end < b->period->end; });
        auto keep = static_cast<std::size_t>(v.periods);
        if (line.series.size() > keep)
            line.series.erase(line.series.begin(), line.series.end() - static_cast<std::ptrdiff_t>(keep));
        Brag rag = line.state.rag;
        s.kpis_with_rag += rag != Brag::none;
        s.kpis_green += rag == Brag::green;
        s.kpis_amber += rag == Brag::amber;
        s.kpis_red += rag == Brag::red;
        s.kpis_improving += line.state.direction == Direction::improving;
        s.kpis_worsening += line.state.direction == Direction::worsening;
        v.kpis.push_back(std::move(line));
    }
}

// Deadlines that moved later are an exception while the work is still open:
// members ask how often a date has moved before they accept a new one.
void add_slipped_exceptions(ReportView& v) {
    if (!v.slippage) return;
    auto& slipped = v.exceptions.slipped;
    for (std::size_t s = 0; s < v.slippage->size(); ++s) {
        const Slippage& x = (*v.slippage)[s];
        if (x.times_slipped <= 0) continue;
        for (std::size_t a = 0; a < v.actions.size(); ++a) {
            const ReportAction& ra = v.actions[a];
            bool open = ra.state.state != State::complete && ra.state.state != State::dropped;
            if (open && ra.action->id && *ra.action->id == x.action.id) slipped.push_back({a, s});
        }
    }
    std::stable_sort(slipped.begin(), slipped.end(), [&](const auto& p, const auto& q) {
        return (*v.slippage)[p.second].days_slipped > (*v.slippage)[q.second].days_slipped;
    });
}

}  // namespace

ReportView build_report(const Repository& repo, Date as_of, const ReportInput& input) {
    ReportView v;
    v.repo = &repo;
    v.as_of = as_of;
    v.kind = input.kind;
    v.sections = input.sections;
    v.meeting = input.meeting;
    v.meeting_date = input.meeting_date;
    v.recommendation_text = input.recommendation_text;
    v.window_days = input.window_days;
    v.all_notes = input.all_notes || input.exempt_appendix;
    v.exempt_appendix = input.exempt_appendix;
    v.periods = std::max(1, input.periods);
    v.include_exempt = input.include_exempt || input.exempt_appendix;
    v.has_exempt = plan_has_exempt(repo);
    v.shows_exempt = v.has_exempt && v.include_exempt;
    v.validation_errors = input.validation_errors;

    v.actions.reserve(repo.actions.size());
    for (const auto& a : repo.actions) {
        if (a.exempt && !v.include_exempt) continue;
        ReportAction shown = shown_action(repo, a, as_of, input.window_days, v.include_exempt);
        if (input.exempt_appendix && !keep_exempt_only(shown)) continue;
        v.actions.push_back(std::move(shown));
        v.summary.due_soon += v.actions.back().state.state == State::due_soon;
    }
    add_themes(v);
    add_kpis(v);
    add_exceptions(v);
    add_recommendations(v);

    if (input.changes) {
        v.changes = input.include_exempt ? *input.changes : without_exempt(*input.changes);
    }
    if (input.slippage) v.slippage = input.include_exempt ? *input.slippage : without_exempt(*input.slippage);
    add_slipped_exceptions(v);
    v.history_unavailable = input.history_unavailable;
    return v;
}

}  // namespace plan
