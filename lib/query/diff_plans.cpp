// diff_plans: what changed between two models of the same plan, matched by
// ids (actions, KPIs), step titles and KPI periods.
#include <fmt/format.h>

#include <cmath>
#include <algorithm>
#include <map>

#include "query/changes.hpp"
#include "model/vocabulary.hpp"
#include "query/coverage.hpp"
#include "query/kpi_words.hpp"

namespace plan {
namespace {

ActionRef ref_of(const Action& a) { return {a.id ? *a.id : "?", a.title, a.exempt}; }
KpiRef ref_of(const Kpi& k) { return {k.id ? *k.id : "?", k.title}; }

template <class T>
std::map<std::string, const T*> by_id(const std::vector<T>& items) {
    std::map<std::string, const T*> m;
    for (const auto& i : items)
        if (i.id) m.emplace(*i.id, &i);  // the first of any duplicates, as validate reports them
    return m;
}

std::string status_word(const Field<Status>& s) { return s ? to_string(*s) : "unknown"; }

void diff_dues(const Action& before, const Action& after, ChangeSet& out) {
    auto move = [&](const Field<Due>& from, const Field<Due>& to, int step, const std::string& title) {
        if (!from || !to || from->date == to->date) return;
        const auto& kept = step ? after.steps[static_cast<std::size_t>(step - 1)].rescheduled : after.rescheduled;
        bool step_exempt = step && after.steps[static_cast<std::size_t>(step - 1)].exempt;
        out.due_moves.push_back({ref_of(after), step, title, *from, *to, to->date - from->date,
                                 reason_for_move(kept, *from, *to), step_exempt});
    };
    move(before.due, after.due, 0, "");
    // Steps have no ids: a step is the same step when its title is.
    for (std::size_t i = 0; i < after.steps.size(); ++i)
        for (const auto& old : before.steps)
            if (old.title == after.steps[i].title) {
                move(old.due, after.steps[i].due, static_cast<int>(i + 1), after.steps[i].title);
                break;
            }
}

void diff_progress(const Action& before, const Action& after, ChangeSet& out) {
    for (const auto& p : after.progress) {
        bool seen = false;
        for (const auto& q : before.progress)
            seen = seen || (p.date && q.date && *p.date == *q.date && p.note == q.note);
        if (seen || !p.date) continue;
        std::optional<Rag> rag;
        if (p.rag) rag = *p.rag;
        out.new_progress.push_back({ref_of(after), *p.date, rag, p.note, p.exempt || after.exempt});
    }
}

void diff_actions(const Repository& b, Date b_as_of, const Repository& a, Date a_as_of, ChangeSet& out) {
    auto before = by_id(b.actions);
    auto after = by_id(a.actions);
    for (const auto& act : a.actions) {
        if (!act.id || after.at(*act.id) != &act) continue;
        auto it = before.find(*act.id);
        if (it == before.end()) {
            out.added.push_back(ref_of(act));
            for (const auto& p : act.progress)
                if (p.date) {
                    std::optional<Rag> rag;
                    if (p.rag) rag = *p.rag;
                    out.new_progress.push_back({ref_of(act), *p.date, rag, p.note, p.exempt || act.exempt});
                }
            continue;
        }
        const Action& old = *it->second;
        bool now_done = act.status && *act.status == Status::done;
        bool now_dropped = act.status && *act.status == Status::dropped;
        bool status_changed = status_word(old.status) != status_word(act.status);
        if (status_changed && now_done) out.completed.push_back(ref_of(act));
        else if (status_changed && now_dropped) out.dropped.push_back(ref_of(act));
        else if (status_changed) out.status_changes.push_back({ref_of(act), status_word(old.status), status_word(act.status)});

        Brag rag_before = action_state(old, b_as_of).rag;
        Brag rag_after = action_state(act, a_as_of).rag;
        if (rag_before != rag_after && rag_after != Brag::blue && rag_after != Brag::none)
            out.rag_changes.push_back({ref_of(act), rag_before, rag_after});
        diff_dues(old, act, out);
        diff_progress(old, act, out);
    }
    for (const auto& act : b.actions)
        if (act.id && before.at(*act.id) == &act && !after.count(*act.id)) out.removed.push_back(ref_of(act));
}

// The linked actions that keep a recommendation from being fully delivered,
// and how each is linked when not by its number.
std::string undelivered_reason(const RecommendationStanding& s, Date as_of) {
    if (!s.covered) return "no action that is not dropped links to it";
    std::string reason;
    for (const Action* act : s.actions) {
        ActionState st = action_state(*act, as_of);
        if (st.state == State::complete) continue;
        bool by_all = std::any_of(act->recommendations.begin(), act->recommendations.end(),
                                  [](const RecommendationRef& r) { return r.kind == RecommendationRef::all; });
        // An exempt action is not named: the reason goes into every paper.
        std::string who = act->exempt ? std::string("an exempt action") : act->id ? *act->id : "?";
        reason += fmt::format("{}{} {}{}", reason.empty() ? "" : "; ", who, words(st.state),
                              by_all ? ", linked through all" : "");
    }
    return reason;
}

void diff_recommendations(const Repository& b, Date b_as_of, const Repository& a, Date a_as_of, ChangeSet& out) {
    std::map<int, RecommendationStanding> before;
    for (auto& s : recommendation_standings(b, b_as_of))
        if (s.recommendation->id) before.emplace(*s.recommendation->id, s);
    for (const auto& s : recommendation_standings(a, a_as_of)) {
        if (!s.recommendation->id) continue;
        int n = *s.recommendation->id;
        auto it = before.find(n);
        bool was_covered = it != before.end() && it->second.covered;
        bool was_delivered = it != before.end() && it->second.delivered;
        const std::string& title = s.recommendation->title;
        if (s.covered && !was_covered) out.recommendations.push_back({n, title, "covered"});
        if (!s.covered && was_covered) out.recommendations.push_back({n, title, "no longer covered"});
        if (s.delivered && !was_delivered) out.recommendations.push_back({n, title, "fully delivered"});
        if (!s.delivered && was_delivered)
            out.recommendations.push_back({n, title, "no longer fully delivered", undelivered_reason(s, a_as_of)});
    }
}

bool same_value(double x, double y) { return std::fabs(x - y) <= 1e-9 * std::max(1.0, std::fabs(x)); }

void diff_kpis(const Repository& b, const Repository& a, ChangeSet& out) {
    auto before = by_id(b.kpis);
    for (const auto& k : a.kpis) {
        if (!k.id) continue;
        auto it = before.find(*k.id);
        const Kpi* old = it == before.end() ? nullptr : it->second;
        std::map<std::string, const DataPoint*> old_points;
        if (old)
            for (const auto& d : old->data)
                if (d.period && d.value) old_points.emplace(d.period->text, &d);
        const DataPoint* previous = nullptr;
        for (const auto& d : k.data) {
            if (!d.period || !d.value) continue;
            auto p = old_points.find(d.period->text);
            if (p == old_points.end()) {
                KpiPointAdded added{ref_of(k), d.period->text, *d.value, std::nullopt, Direction::unknown,
                                    kpi_value(k, *d.value), ""};
                if (previous) {
                    added.previous = *previous->value;
                    added.previous_text = kpi_value(k, *previous->value);
                    bool lower = k.better && *k.better == Better::lower;
                    double gain = lower ? *previous->value - *d.value : *d.value - *previous->value;
                    added.direction = gain > 0 ? Direction::improving : gain < 0 ? Direction::worsening : Direction::steady;
                }
                out.kpi_points.push_back(added);
            } else if (!same_value(*p->second->value, *d.value)) {
                std::string reason;
                for (const auto& r : d.restated)
                    if (r.value && same_value(*r.value, *p->second->value)) reason = r.reason;
                out.restated.push_back({ref_of(k), d.period->text, *p->second->value, *d.value,
                                        kpi_value(k, *p->second->value), kpi_value(k, *d.value), reason});
            }
            previous = &d;
        }
        if (old) {
            std::string from = kpi_target(*old), to = kpi_target(k);
            if (from != to) out.targets.push_back({ref_of(k), from, to});
        }
    }
}

}  // namespace

ChangeSet diff_plans(const Repository& before, Date before_as_of, const Repository& after, Date after_as_of) {
    ChangeSet out;
    out.since.as_of = before_as_of;
    out.until.as_of = after_as_of;
    diff_actions(before, before_as_of, after, after_as_of, out);
    diff_recommendations(before, before_as_of, after, after_as_of, out);
    diff_kpis(before, after, out);
    return out;
}

}  // namespace plan
