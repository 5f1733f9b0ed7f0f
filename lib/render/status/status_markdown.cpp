// plan status --format markdown: the same view as GitHub-flavoured Markdown,
// for pasting into an issue, a wiki or an email. Every plan text is escaped.
#include <fmt/format.h>

#include "model/vocabulary.hpp"
#include "render/common/figures.hpp"
#include "render/common/markdown_text.hpp"
#include "render/common/view_words.hpp"
#include "render/status/views.hpp"

namespace plan {
namespace {

std::string c(const std::string& s) { return markdown_text(s); }

}  // namespace

void write_status_markdown(std::ostream& out, const StatusView& v) {
    const Repository& r = *v.repo;
    out << "# " << c(r.plan.title.empty() ? "Improvement plan" : r.plan.title) << "\n\n";
    if (!r.plan.authority.empty())
        out << markdown_line(c(r.plan.authority) + (r.plan.service.empty() ? "" : " - ") + c(r.plan.service)) << "\n\n";
    out << fmt::format("Plan period {}; as of {}.\n\n", plan_period(r), v.as_of.long_form());
    if (v.latest_visit) out << "Latest visit: " << c(visit_summary(*v.latest_visit)) << ".\n\n";

    if (!v.meetings.empty()) {
        out << "## Next meetings\n\n| Meeting | Next date |\n|---|---|\n";
        for (const auto& m : v.meetings)
            out << fmt::format("| {} | {} |\n", c(m.meeting->title), m.date ? m.date->long_form() : "none listed");
        out << '\n';
    }

    const Tally& all = v.overall;
    out << fmt::format("## Progress\n\n{} of {} complete{}{}.\n\n", with_thousands(all.count(State::complete)),
                       count_of(all.counted(), "action", "actions"), dropped_apart(all), v.filtered ? " (filtered)" : "");
    out << "| Theme | Done | Overdue | Blocked | Due soon | On track | Ongoing | Dropped |\n|---|--:|--:|--:|--:|--:|--:|--:|\n";
    for (const auto& t : v.themes) {
        const Tally& n = t.tally;
        out << fmt::format("| {} | {}/{} | {} | {} | {} | {} | {} | {} |\n",
                           c(theme_name(t.theme)),
                           n.count(State::complete), n.counted(), n.count(State::overdue), n.count(State::blocked),
                           n.count(State::due_soon), n.count(State::on_track), n.count(State::ongoing),
                           n.count(State::dropped));
    }
    out << '\n';

    out << "## Needs attention\n\n";
    bool any = false;
    for (State wanted : {State::overdue, State::blocked, State::due_soon})
        for (const auto& l : v.actions) {
            if (l.state.state != wanted) continue;
            if (!any) out << "| State | Action | Title | Lead | Due | Days late |\n|---|---|---|---|---|--:|\n";
            any = true;
            const Action& a = *l.action;
            out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", words(l.state.state), c(id_of(a)), c(a.title),
                               c(join_leads(a.leads)),
                               l.state.late_due ? (l.state.late_step ? fmt::format("{} (step {})", l.state.late_due->text(), l.state.late_step)
                                                                     : l.state.late_due->text())
                                                : (a.due ? a.due->text() : "-"),
                               l.state.state == State::overdue ? std::to_string(l.state.days_late) : "-");
        }
    if (!any) out << "Nothing is overdue, blocked or due soon.\n";
    out << '\n';

    if (!v.recommendations.empty()) {
        out << "## Recommendations\n\n| No. | Recommendation | Actions | Standing |\n|--:|---|---|---|\n";
        for (const auto& s : v.recommendations) {
            std::string ids;
            for (const Action* a : s.actions) ids += (ids.empty() ? "" : ", ") + id_of(*a);
            std::string standing = !s.covered ? "not covered" : s.at_risk ? "at risk" : s.delivered ? "delivered" : "in progress";
            out << fmt::format("| {} | {} | {} | {} |\n",
                               s.recommendation->id ? std::to_string(*s.recommendation->id) : "?",
                               c(s.recommendation->title), c(ids.empty() ? "-" : ids), standing);
        }
        out << '\n';
    }

    if (!v.kpis.empty()) {
        out << "## KPIs\n\n| KPI | Latest | Period | Target | RAG | Direction of travel |\n|---|--:|---|---|---|---|\n";
        for (const auto& k : v.kpis) {
            const KpiState& s = k.state;
            out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", c(k.kpi->title),
                               s.latest && s.latest->value ? c(kpi_value(*k.kpi, *s.latest->value)) : "no data",
                               s.latest ? c(s.latest->period->text) + (s.stale ? " (stale)" : "") : "-",
                               c(kpi_target(*k.kpi)), s.rag == Brag::none ? "-" : words(s.rag), words(s.direction));
        }
        out << '\n';
    }

    if (!v.attention.empty()) {
        out << "## Worth a look\n\n";
        for (const auto& a : v.attention) out << fmt::format("- **{}**: {}\n", c(a.subject), c(a.message));
        out << '\n';
    }
}

}  // namespace plan
