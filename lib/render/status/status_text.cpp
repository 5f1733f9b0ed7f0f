// plan status for a terminal: one screen a manager reads before the Board.
// Colour only ever repeats what the words already say.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>

#include "model/vocabulary.hpp"
#include "render/common/figures.hpp"
#include "model/terminal_safe.hpp"
#include "render/common/text_table.hpp"
#include "render/common/view_words.hpp"
#include "render/status/views.hpp"

namespace plan {
namespace {

class Writer {
public:
    Writer(std::ostream& out, const TerminalStyle& style) : out_(out), style_(style) {}

    void heading(const std::string& text) {
        std::string safe = terminal_safe(shorten(text, style_.width));
        out_ << '\n' << (style_.color ? fmt::format(fmt::emphasis::bold, "{}", safe) : safe) << '\n';
    }
    void line(const std::string& text) { out_ << terminal_safe(shorten(text, style_.width)) << '\n'; }
    // Sentences and lists are wrapped to the width, never cut.
    void prose(const std::string& text, std::size_t indent) {
        for (auto l : wrap(terminal_safe(text), style_.width, indent)) {
            for (std::size_t at; (at = l.find("\u00A0")) != std::string::npos;) l.replace(at, 2, " ");
            out_ << l << '\n';
        }
    }
    void blank() { out_ << '\n'; }
    void table(const TextTable& t) { out_ << t.render(style_.width, style_.color); }

private:
    std::ostream& out_;
    const TerminalStyle& style_;
};

// Cells come from plan files: make them safe for the terminal first.
TableCell cell(const std::string& text, std::optional<fmt::terminal_color> c = std::nullopt) {
    return {terminal_safe(text), c};
}

void header(Writer& w, const StatusView& v) {
    const Repository& r = *v.repo;
    w.line(r.plan.title.empty() ? "Improvement plan" : r.plan.title);
    std::string who = r.plan.authority;
    if (!r.plan.service.empty()) who += (who.empty() ? "" : " - ") + r.plan.service;
    if (!who.empty()) w.line(who);
    w.line(fmt::format("Plan period {}; as of {}", plan_period(r), v.as_of.long_form()));

    const Inspection& in = r.inspection;
    if (!in.judgements.empty() || !in.body.empty()) {
        std::string what = in.body;
        if (!in.framework.empty()) what += (what.empty() ? "" : ", ") + in.framework;
        if (in.published) what += fmt::format(", published {}", in.published->long_form());
        w.heading(fmt::format("Inspection: {}", what));
        TextTable t({{"Judgement", false, true}, {"Grade"}});
        for (const auto& j : in.judgements) t.add({cell(j.area), cell(j.grade ? words(*j.grade) : "-")});
        w.table(t);
    }
    if (v.latest_visit) {
        w.blank();
        w.prose("Latest visit: " + visit_summary(*v.latest_visit), 2);
    }
    if (!v.meetings.empty()) {
        w.heading("Next meetings");
        TextTable t({{"Meeting", false, true}, {"Next date"}});
        for (const auto& m : v.meetings)
            t.add({cell(m.meeting->title), cell(m.date ? m.date->long_form() : "no date listed after the as-of date")});
        w.table(t);
    }
}

void progress(Writer& w, const StatusView& v) {
    const Tally& all = v.overall;
    int done = all.count(State::complete);
    int percent = all.counted() ? done * 100 / all.counted() : 0;
    w.heading(fmt::format("Progress: {} of {} complete ({}%){}{}", with_thousands(done), count_of(all.counted(), "action", "actions"),
                          percent, dropped_apart(all), v.filtered ? ", filtered" : ""));
    // Each "word count" item stays on one line when the list wraps.
    auto item = [](const char* word, int count) {
        std::string t = fmt::format("{} {}", word, with_thousands(count));
        std::string kept;
        for (char c : t) kept += c == ' ' ? std::string("\u00A0") : std::string(1, c);
        return kept;
    };
    std::string states, rags;
    for (int s = 0; s < kStateCount; ++s) {
        auto st = static_cast<State>(s);
        states += (states.empty() ? "" : " · ") + item(words(st), all.count(st));
    }
    for (int b = 0; b < kBragCount - 1; ++b) {
        auto br = static_cast<Brag>(b);
        rags += (rags.empty() ? "" : " · ") + item(words(br), all.count(br));
    }
    w.prose("  " + states, 2);
    w.prose("  BRAG: " + rags, 8);
    if (v.themes.empty()) return;
    TextTable t({{"Theme", false, true},
                 {"Done", true},
                 {"Overdue", true},
                 {"Blocked", true},
                 {"Due soon", true},
                 {"On track", true, false, 0, true},
                 {"Ongoing", true, false, 0, true},
                 {"Dropped", true, false, 0, true}});
    for (const auto& th : v.themes) {
        const Tally& c = th.tally;
        std::string name = theme_name(th.theme);
        auto n = [&](State s) { return cell(std::to_string(c.count(s)), c.count(s) ? color_of(s) : std::nullopt); };
        t.add({cell(name), cell(fmt::format("{}/{}", c.count(State::complete), c.counted())), n(State::overdue),
               n(State::blocked), n(State::due_soon), n(State::on_track), n(State::ongoing), n(State::dropped)});
    }
    w.blank();
    w.table(t);
}

// Overdue, blocked and due-soon actions: what the Board will ask about.
// The due date to show: what is late, or what falls due next, with its step.
std::string due_shown(const Action& a, const ActionState& s) {
    auto with_step = [](const Due& d, int step) {
        return step ? fmt::format("{} (step {})", d.text(), step) : d.text();
    };
    if (s.state == State::overdue && s.late_due) return with_step(*s.late_due, s.late_step);
    if (s.state == State::due_soon && s.next) return with_step(*s.next, s.next_step);
    return a.due ? a.due->text() : "-";
}

// Overdue (most late first), blocked, then due soon (soonest first).
std::vector<const ActionLine*> attention_lines(const StatusView& v) {
    std::vector<const ActionLine*> lines;
    for (State wanted : {State::overdue, State::blocked, State::due_soon}) {
        auto first = lines.size();
        for (const auto& l : v.actions)
            if (l.state.state == wanted) lines.push_back(&l);
        std::stable_sort(lines.begin() + static_cast<std::ptrdiff_t>(first), lines.end(),
                         [&](const ActionLine* x, const ActionLine* y) {
                             if (wanted == State::overdue) return x->state.days_late > y->state.days_late;
                             if (wanted == State::due_soon) return *x->state.next_due < *y->state.next_due;
                             return false;
                         });
    }
    return lines;
}

void needs_attention(Writer& w, const StatusView& v) {
    std::vector<const ActionLine*> lines = attention_lines(v);
    w.heading(lines.empty() ? "Needs attention: nothing overdue, blocked or due soon" : "Needs attention");
    if (lines.empty()) return;
    TextTable t({{"State"}, {"Action"}, {"Title", false, true, 20}, {"Lead", false, true, 10, false, true}, {"Due"}, {"When", true}});
    for (const ActionLine* l : lines) {
        const Action& a = *l->action;
        const ActionState& s = l->state;
        std::string due = due_shown(a, s);
        std::string when = s.state == State::overdue ? days_words(s.days_late) + " late"
                           : s.next_due && *s.next_due == v.as_of ? std::string("today")
                           : s.next_due && *s.next_due > v.as_of ? "in " + days_words(*s.next_due - v.as_of)
                                                                  : std::string("-");
        std::string label = state_label(s.state);
        if (s.state == State::overdue && s.blocked) label += ", BLOCKED";
        t.add({cell(label, color_of(s.state)), cell(id_of(a)), cell(a.title), cell(join_leads(a.leads)), cell(due),
               cell(when)});
    }
    w.table(t);
}

void recommendations(Writer& w, const StatusView& v) {
    if (v.recommendations.empty()) return;
    std::vector<int> delivered, progressing, uncovered;
    std::string at_risk;
    int covered = 0;
    for (const auto& r : v.recommendations) {
        if (!r.recommendation->id) continue;
        int n = *r.recommendation->id;
        covered += r.covered;
        if (!r.covered) {
            uncovered.push_back(n);
        } else if (r.at_risk) {
            std::string ids;
            for (const Action* a : r.actions) {
                ActionState s = action_state(*a, v.as_of, v.options.window_days);
                if (s.state == State::overdue || s.blocked) ids += (ids.empty() ? "" : ", ") + id_of(*a);
            }
            at_risk += fmt::format("{}{} ({})", at_risk.empty() ? "" : "; ", n, ids);
        } else if (r.delivered) {
            delivered.push_back(n);
        } else {
            progressing.push_back(n);
        }
    }
    w.heading(fmt::format("Recommendations: {} of {} covered · {} fully delivered · {} at risk", covered,
                          with_thousands(static_cast<long long>(v.recommendations.size())), delivered.size(),
                          std::count(at_risk.begin(), at_risk.end(), '(')));
    auto row = [&](const char* label, const std::string& numbers) {
        w.prose(fmt::format("  {:<12} {}", label, numbers.empty() ? "-" : numbers), 15);
    };
    row("delivered", number_ranges(delivered));
    row("in progress", number_ranges(progressing));
    row("at risk", at_risk);
    row("not covered", number_ranges(uncovered));
}

void kpis(Writer& w, const StatusView& v) {
    if (v.kpis.empty()) return;
    w.heading("KPIs");
    // The target's date, the full series and the comparators are in
    // --format markdown and json; here the columns that fit a terminal.
    TextTable t({{"KPI", false, true, 18},
                 {"Latest", true},
                 {"Period"},
                 {"Target"},
                 {"RAG"},
                 {"Travel"},
                 {"Recent", false, false, 0, true},
                 {"Comparators", false, true, 8, true}});
    for (const auto& k : v.kpis) {
        const Kpi& kpi = *k.kpi;
        const KpiState& s = k.state;
        std::string latest = s.latest && s.latest->value ? kpi_value(kpi, *s.latest->value) : "no data";
        std::string period = s.latest ? s.latest->period->text : "-";
        if (s.stale) period += " STALE";
        std::string comparators;
        for (const auto& c : kpi.comparators)
            comparators += fmt::format("{}{} {}", comparators.empty() ? "" : "; ", c.name, kpi_value(kpi, c.value));
        std::vector<double> recent(k.recent.end() - std::min<std::ptrdiff_t>(8, static_cast<std::ptrdiff_t>(k.recent.size())),
                                   k.recent.end());
        t.add({cell(kpi.title.empty() ? id_of(kpi) : kpi.title), cell(latest),
               cell(period, s.stale ? color_of(Brag::amber) : std::nullopt), cell(kpi_target_short(kpi)),
               cell(rag_label(s.rag), color_of(s.rag)), cell(words(s.direction)), cell(sparkline(recent)),
               cell(comparators.empty() ? "-" : comparators)});
    }
    w.table(t);
}

void attention(Writer& w, const StatusView& v) {
    if (v.attention.empty()) return;
    w.heading("Worth a look");
    for (const auto& a : v.attention) w.prose(fmt::format("  {}: {} [{}]", a.subject, a.message, a.kind), 4);
}

}  // namespace

void write_status_text(std::ostream& out, const StatusView& v, const TerminalStyle& style) {
    Writer w(out, style);
    header(w, v);
    progress(w, v);
    needs_attention(w, v);
    recommendations(w, v);
    kpis(w, v);
    attention(w, v);
}

}  // namespace plan
