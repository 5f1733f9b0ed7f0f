// plan status for a terminal: one screen a manager reads before the Board.
// Colour only ever repeats what the words already say.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>

#include "model/vocabulary.hpp"
#include "render/figures.hpp"
#include "render/safe_text.hpp"
#include "render/text_table.hpp"
#include "render/view_words.hpp"
#include "render/views.hpp"

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
    int percent = all.total ? done * 100 / all.total : 0;
    w.heading(fmt::format("Progress: {} of {} complete ({}%){}", done, count_of(all.total, "action", "actions"), percent,
                          v.filtered ? ", filtered" : ""));
    std::string states, rags;
    for (int s = 0; s < kStateCount; ++s) {
        auto st = static_cast<State>(s);
        states += fmt::format("{}{} {}", states.empty() ? "" : " · ", words(st), all.count(st));
    }
    for (int b = 0; b < kBragCount - 1; ++b) {
        auto br = static_cast<Brag>(b);
        rags += fmt::format("{}{} {}", rags.empty() ? "" : " · ", words(br), all.count(br));
    }
    w.line("  " + states);
    w.line("  BRAG: " + rags);
    if (v.themes.empty()) return;
    TextTable t({{"Theme", false, true},
                 {"Done", true},
                 {"Overdue", true},
                 {"Blocked", true},
                 {"Due soon", true},
                 {"On track", true},
                 {"Ongoing", true},
                 {"Dropped", true}});
    for (const auto& th : v.themes) {
        const Tally& c = th.tally;
        std::string name = theme_name(th.theme);
        auto n = [&](State s) { return cell(std::to_string(c.count(s)), c.count(s) ? color_of(s) : std::nullopt); };
        t.add({cell(name), cell(fmt::format("{}/{}", c.count(State::complete), c.total)), n(State::overdue),
               n(State::blocked), n(State::due_soon), n(State::on_track), n(State::ongoing), n(State::dropped)});
    }
    w.blank();
    w.table(t);
}

// Overdue, blocked and due-soon actions: what the Board will ask about.
void needs_attention(Writer& w, const StatusView& v) {
    std::vector<const ActionLine*> lines;
    for (State wanted : {State::overdue, State::blocked, State::due_soon})
        for (const auto& l : v.actions)
            if (l.state.state == wanted) lines.push_back(&l);
    w.heading(lines.empty() ? "Needs attention: nothing overdue, blocked or due soon" : "Needs attention");
    if (lines.empty()) return;
    TextTable t({{"State"}, {"Action"}, {"Title", false, true, 20}, {"Lead", false, true, 10}, {"Due"}, {"When", true}});
    for (const ActionLine* l : lines) {
        const Action& a = *l->action;
        const ActionState& s = l->state;
        std::string due = a.due ? a.due->text() : "-";
        if (s.state == State::overdue && s.late_due)
            due = s.late_step ? fmt::format("{} (step {})", s.late_due->text(), s.late_step) : s.late_due->text();
        std::string when = s.state == State::overdue ? fmt::format("{} days late", s.days_late)
                           : s.next_due && *s.next_due >= v.as_of ? fmt::format("in {} days", *s.next_due - v.as_of)
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
                          v.recommendations.size(), delivered.size(),
                          std::count(at_risk.begin(), at_risk.end(), '(')));
    TextTable t({{"Standing"}, {"Recommendations", false, true}});
    t.add({cell("delivered", color_of(Brag::blue)), cell(delivered.empty() ? "-" : number_ranges(delivered))});
    t.add({cell("in progress", color_of(Brag::green)), cell(progressing.empty() ? "-" : number_ranges(progressing))});
    t.add({cell("at risk", color_of(Brag::red)), cell(at_risk.empty() ? "-" : at_risk)});
    t.add({cell("not covered", uncovered.empty() ? std::nullopt : color_of(Brag::red)),
           cell(uncovered.empty() ? "-" : number_ranges(uncovered))});
    w.table(t);
}

void kpis(Writer& w, const StatusView& v) {
    if (v.kpis.empty()) return;
    w.heading("KPIs");
    TextTable t({{"KPI", false, true, 20},
                 {"Latest", true},
                 {"Period"},
                 {"Target"},
                 {"RAG"},
                 {"Travel"},
                 {"Recent"},
                 {"Comparators", false, true, 8}});
    for (const auto& k : v.kpis) {
        const Kpi& kpi = *k.kpi;
        const KpiState& s = k.state;
        std::string latest = s.latest && s.latest->value ? kpi_value(kpi, *s.latest->value) : "no data";
        std::string period = s.latest ? s.latest->period->text : "-";
        if (s.stale) period += " STALE";
        std::string comparators;
        for (const auto& c : kpi.comparators)
            comparators += fmt::format("{}{} {}", comparators.empty() ? "" : "; ", c.name, kpi_value(kpi, c.value));
        t.add({cell(kpi.title.empty() ? id_of(kpi) : kpi.title), cell(latest),
               cell(period, s.stale ? color_of(Brag::amber) : std::nullopt), cell(kpi_target(kpi)),
               cell(rag_label(s.rag), color_of(s.rag)), cell(words(s.direction)), cell(sparkline(k.recent)),
               cell(comparators.empty() ? "-" : comparators)});
    }
    w.table(t);
}

void attention(Writer& w, const StatusView& v) {
    if (v.attention.empty()) return;
    w.heading("Worth a look");
    for (const auto& a : v.attention) w.line(fmt::format("  {}: {} [{}]", a.subject, a.message, a.kind));
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
