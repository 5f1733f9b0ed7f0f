// The body of the paper: exceptions (what members read first), progress by
// theme, recommendation coverage and the inspection.
#include <fmt/format.h>

#include "render/common/figures.hpp"
#include "render/report/report_doc.hpp"
#include "render/report/report_words.hpp"
#include "render/common/view_words.hpp"

namespace plan {
namespace {

// "PE-1: Title", marked when it is exempt information.
Para action_para(const ReportAction& a) {
    Para p{plain(action_name(*a.action))};
    if (a.action->exempt) p.push_back(exempt_tag());
    return p;
}

Para latest_progress(const ReportAction& a) {
    const ProgressEntry* p = a.latest;
    if (!p) return {plain("No progress recorded")};
    Para out{strong(p->date->long_form())};
    if (p->rag) out.push_back(plain(" (lead's rating " + rag_word(brag_of(*p->rag)) + ")"));
    out.push_back(plain(": "));
    out.push_back(rich(p->note.empty() ? "No note." : p->note));
    if (p->exempt) out.push_back(exempt_tag());
    return out;
}

std::string late_due_words(const ReportAction& a) {
    const ActionState& s = a.state;
    if (!s.late_due) return "-";
    std::string when = due_words(*s.late_due);
    return s.late_step ? fmt::format("{} (step {})", when, s.late_step) : when;
}

Block overdue_table(const ReportView& v) {
    Table t{"Overdue actions, most overdue first", {"Action", "Lead", "Was due", "Days overdue", "Latest progress"},
            {false, false, false, true, false}, {}, true, ""};
    for (std::size_t i : v.exceptions.overdue) {
        const ReportAction& a = v.actions[i];
        t.rows.push_back({cell(action_para(a)), cell(leads_text(a.action->leads)), cell(late_due_words(a)),
                          cell(std::to_string(a.state.days_late)), cell(latest_progress(a))});
    }
    return table(std::move(t));
}

Block slipped_table(const ReportView& v) {
    Table t{"Deadlines moved later, most days first",
            {"Action", "Lead", "Times moved later", "Days in total", "First due", "Now due"},
            {false, false, true, true, false, false}, {}, true, ""};
    for (const auto& [i, k] : v.exceptions.slipped) {
        const ReportAction& a = v.actions[i];
        const Slippage& x = (*v.slippage)[k];
        t.rows.push_back({cell(action_para(a)), cell(leads_text(a.action->leads)), cell(std::to_string(x.times_slipped)),
                          cell(std::to_string(x.days_slipped)), cell(x.first ? due_words(*x.first) : "-"),
                          cell(x.current ? due_words(*x.current) + latest_slip_reason(x) : "-")});
    }
    return table(std::move(t));
}

Block blocked_table(const ReportView& v) {
    Table t{"Blocked actions", {"Action", "Lead", "Due", "Latest progress"}, {}, {}, true, ""};
    for (std::size_t i : v.exceptions.blocked) {
        const ReportAction& a = v.actions[i];
        t.rows.push_back({cell(action_para(a)), cell(leads_text(a.action->leads)),
                          cell(a.action->due ? due_words(*a.action->due) : "No date set"), cell(latest_progress(a))});
    }
    return table(std::move(t));
}

Block reviews_table(const ReportView& v) {
    Table t{"Ongoing actions past their review date, longest first",
            {"Action", "Lead", "Review was due", "Days since", "Latest progress"},
            {false, false, false, true, false}, {}, true, ""};
    for (std::size_t i : v.exceptions.reviews_passed) {
        const ReportAction& a = v.actions[i];
        t.rows.push_back({cell(action_para(a)), cell(leads_text(a.action->leads)),
                          cell(a.action->review->long_form()), cell(std::to_string(a.state.review_days_late)),
                          cell(latest_progress(a))});
    }
    return table(std::move(t));
}

Block optimism_table(const ReportView& v) {
    Table t{"Ratings better than the dates allow",
            {"Action", "Lead", "Lead's rating", "Rating from the dates", "Why"}, {}, {}, true, ""};
    for (const auto& o : v.exceptions.optimism) {
        const ReportAction& a = v.actions[o.action];
        std::string why = a.state.state == State::overdue
                              ? fmt::format("Overdue by {}", count_of(a.state.days_late, "day", "days"))
                          : a.state.state == State::blocked ? std::string("Blocked")
                                                            : std::string("Due soon and not started");
        t.rows.push_back({cell(action_para(a)), cell(leads_text(a.action->leads)),
                          cell(Para{rag_tag(o.lead_rag), plain(" on " + a.latest->date->long_form())}),
                          cell(Para{rag_tag(a.state.rag)}), cell(why)});
    }
    return table(std::move(t));
}

Block stale_table(const ReportView& v) {
    Table t{"Indicators without a recent figure",
            {"Indicator", "Owner", "Latest figure", "Missing figure"}, {}, {}, true, ""};
    for (std::size_t k : v.exceptions.stale_kpis) {
        const ReportKpi& line = v.kpis[k];
        const Period& expected = *line.state.expected;
        t.rows.push_back({cell(line.kpi->title.empty() ? id_of(*line.kpi) : line.kpi->title),
                          cell(line.kpi->owner.empty() ? "No owner named" : line.kpi->owner),
                          cell(kpi_latest_text(*line.kpi, line.state)),
                          cell(fmt::format("{}, due by {}", period_words(expected),
                                           expected.end.plus_days(line.kpi->lag_days).long_form()))});
    }
    return table(std::move(t));
}

// The same words as the status view ("DfE review", not "Dfe review").
std::string kind_words(const std::string& kind) { return capitalised(visit_kind_words(kind)); }

}  // namespace

Section exceptions_section(const ReportView& v) {
    Section s{"exceptions", "Exceptions", {}};
    const ReportExceptions& e = v.exceptions;
    if (e.empty()) {
        s.blocks.push_back(paragraph("There are no exceptions: no action is overdue or blocked, no lead rates an action "
                                     "better than its dates allow, and every key performance indicator has its latest "
                                     "figure."));
        return s;
    }
    s.blocks.push_back(paragraph("These are the points that need members' attention, with the officer leading each."));
    if (!e.overdue.empty()) {
        s.blocks.push_back(heading("Overdue actions", "overdue"));
        s.blocks.push_back(overdue_table(v));
    }
    if (!e.blocked.empty()) {
        s.blocks.push_back(heading("Blocked actions", "blocked"));
        s.blocks.push_back(blocked_table(v));
    }
    if (!e.reviews_passed.empty()) {
        s.blocks.push_back(heading("Reviews not yet held", "reviews"));
        s.blocks.push_back(paragraph("Ongoing work has no due date; these actions were to be looked at again by the "
                                     "date shown."));
        s.blocks.push_back(reviews_table(v));
    }
    if (!e.optimism.empty()) {
        s.blocks.push_back(heading("Ratings better than the dates allow", "optimism"));
        s.blocks.push_back(paragraph("The lead's latest rating of these actions is better than the rating their dates "
                                     "give. The paper uses the rating from the dates."));
        s.blocks.push_back(optimism_table(v));
    }
    if (!e.stale_kpis.empty()) {
        s.blocks.push_back(heading("Indicators without a recent figure", "stale"));
        s.blocks.push_back(stale_table(v));
    }
    if (!e.slipped.empty()) {
        s.blocks.push_back(heading("Deadlines moved later", "slipped"));
        s.blocks.push_back(paragraph("Open actions whose due date has been moved later since it was first set, from the "
                                     "plan's history."));
        s.blocks.push_back(slipped_table(v));
    }
    return s;
}

Section progress_section(const ReportView& v) {
    Section s{"progress", "Progress by theme", {}};
    if (v.themes.empty()) {
        s.blocks.push_back(paragraph("The plan has no actions yet."));
        return s;
    }
    Table t{"Actions by theme and rating (BRAG)",
            {"Theme", "Actions", "Blue (complete)", "Red", "Amber", "Green", "Dropped"},
            {false, true, true, true, true, true, true}, {}, true, ""};
    auto row = [&](const std::string& name, const Tally& n) {
        t.rows.push_back({cell(name), cell(std::to_string(n.counted())), cell(std::to_string(n.count(Brag::blue))),
                          cell(std::to_string(n.count(Brag::red))), cell(std::to_string(n.count(Brag::amber))),
                          cell(std::to_string(n.count(Brag::green))), cell(std::to_string(n.count(Brag::none)))});
    };
    for (const auto& theme : v.themes) row(theme_name(theme.theme), theme.tally);
    row("All themes", v.overall);
    s.blocks.push_back(table(std::move(t)));
    s.blocks.push_back(paragraph("Blue means complete; red, overdue or blocked; amber, due soon and not yet started; "
                                 "green, on track or ongoing. Ratings come from the dates in the plan, not from the "
                                 "leads' own assessments."));
    return s;
}

Section coverage_section(const ReportView& v) {
    Section s{"coverage", "Recommendations and the actions addressing them", {}};
    if (v.recommendations.empty()) {
        s.blocks.push_back(paragraph("The plan records no inspection recommendations."));
        return s;
    }
    if (!v.cross_cutting.empty()) {
        std::vector<Para> items;
        for (std::size_t i : v.cross_cutting) items.push_back({plain(action_name(*v.actions[i].action)), state_tag(v.actions[i].state.state)});
        s.blocks.push_back(paragraph(fmt::format("{} every recommendation, and {} not repeated in the table below:",
                                                 v.cross_cutting.size() == 1 ? "One action addresses"
                                                                             : fmt::format("{} actions address", v.cross_cutting.size()),
                                                 v.cross_cutting.size() == 1 ? "is" : "are")));
        s.blocks.push_back(list(std::move(items)));
    }
    Table t{"Each recommendation, its actions and their state",
            {"No.", "Recommendation", "Actions and their state", "Standing"}, {true}, {}, true, ""};
    for (const auto& r : v.recommendations) {
        const Recommendation& rec = *r.recommendation;
        Cell what;
        if (!rec.title.empty()) what.items.push_back({strong(rec.title)});
        if (!rec.text.empty()) what.items.push_back({rich(rec.text)});
        Cell actions;
        for (std::size_t i : r.actions) {
            Para p{plain(id_of(*v.actions[i].action) + " "), state_tag(v.actions[i].state.state)};
            actions.items.push_back(std::move(p));
        }
        if (r.exempt_actions)
            actions.items.push_back({plain(fmt::format("{} exempt, not shown", count_of(r.exempt_actions, "action", "actions")))});
        if (actions.items.empty())
            actions.items.push_back({plain(v.cross_cutting.empty() ? "None" : "Only those addressing every recommendation")});
        Span standing = !r.covered   ? tag("Not covered", Brag::red)
                        : r.at_risk  ? tag("At risk", Brag::red)
                        : r.delivered ? tag("Delivered", Brag::blue)
                                      : tag("In progress", Brag::green);
        t.rows.push_back({cell(rec.id ? std::to_string(*rec.id) : "?"), std::move(what), std::move(actions),
                          cell(Para{standing})});
    }
    s.blocks.push_back(table(std::move(t)));
    return s;
}

Section inspection_section(const ReportView& v) {
    const Inspection& in = v.repo->inspection;
    Section s{"inspection", "Inspection", {}};
    if (in.body.empty() && in.judgements.empty() && in.visits.empty()) {
        s.blocks.push_back(paragraph("The plan records no inspection."));
        return s;
    }
    std::string what = (in.body.empty() ? std::string("The inspectorate") : in.body) + " inspected the service";
    if (!in.framework.empty()) what += " under the " + in.framework;
    if (in.start && in.end) what += fmt::format(" from {} to {}", in.start->long_form(), in.end->long_form());
    if (in.published) what += fmt::format(", and published its report on {}", in.published->long_form());
    s.blocks.push_back(paragraph(what + "."));
    if (!in.judgements.empty()) {
        Table t{"Inspection judgements", {"Area", "Judgement"}, {}, {}, true, ""};
        for (std::size_t i = 0; i < in.judgements.size(); ++i) {
            const Judgement& j = in.judgements[i];
            Para area{i == 0 ? strong(j.area) : plain(j.area)};
            t.rows.push_back({cell(area), cell(grade_word(j.grade))});
        }
        s.blocks.push_back(table(std::move(t)));
    }
    s.blocks.push_back(heading("Visits since the inspection", "visits"));
    if (in.visits.empty()) {
        s.blocks.push_back(paragraph("There have been no monitoring or other visits since the inspection."));
        return s;
    }
    Table t{"Monitoring and other visits", {"Date", "Kind", "Focus", "Outcome"}, {}, {}, true, ""};
    for (const auto& visit : in.visits)
        t.rows.push_back({cell(visit.date ? visit.date->long_form() : "Date not recorded"), cell(kind_words(visit.kind)),
                          cell(Para{rich(visit.focus.empty() ? "Not recorded" : visit.focus)}),
                          cell(Para{rich(visit.outcome.empty() ? "Not recorded" : visit.outcome)})});
    s.blocks.push_back(table(std::move(t)));
    return s;
}

}  // namespace plan
