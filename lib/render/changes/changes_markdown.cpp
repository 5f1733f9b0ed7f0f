// Changes and slippage as GitHub-flavoured Markdown: for `plan changes
// --format markdown` and the "Changes since the last meeting" section of a
// paper. Plan text is escaped; nothing from a plan renders as markup.
#include <fmt/format.h>

#include "model/vocabulary.hpp"
#include "render/changes/changes.hpp"
#include "render/common/view_words.hpp"
#include "render/common/markdown_text.hpp"

namespace plan {
namespace {

std::string c(const std::string& s) { return markdown_text(s); }

std::string moved(int days) {
    return days > 0 ? fmt::format("slipped {} days", days) : fmt::format("brought forward {} days", -days);
}

class Md {
public:
    Md(std::ostream& out, int level) : out_(out), level_(level) {}
    void heading(const std::string& s, int extra = 0) {
        out_ << std::string(static_cast<std::size_t>(level_ + extra), '#') << ' ' << s << "\n\n";
    }
    std::ostream& out() { return out_; }

private:
    std::ostream& out_;
    int level_;
};

void action_list(Md& md, const char* title, const std::vector<ActionRef>& refs, bool exempt) {
    std::vector<const ActionRef*> shown;
    for (const auto& r : refs)
        if (exempt || !r.exempt) shown.push_back(&r);
    if (shown.empty()) return;
    md.heading(fmt::format("{} ({})", title, shown.size()), 1);
    md.out() << "| Action | Title |\n|---|---|\n";
    for (const ActionRef* r : shown)
        md.out() << fmt::format("| {} | {} |\n", exempt_marked_markdown(c(r->id), r->exempt), c(r->title));
    md.out() << '\n';
}

void change_set(Md& md, const ChangeSet& ch, bool exempt) {
    md.out() << fmt::format("From {} to {}.\n\n", c(ch.since.label), c(ch.until.label));
    for (const auto& n : ch.notes) md.out() << "> " << markdown_line(c(n)) << "\n\n";
    if (ch.empty()) {
        md.out() << "No changes to actions, recommendations or KPIs.\n\n";
        return;
    }
    action_list(md, "Completed", ch.completed, exempt);
    action_list(md, "Added", ch.added, exempt);
    action_list(md, "Dropped", ch.dropped, exempt);
    action_list(md, "Removed from the plan", ch.removed, exempt);
    if (!ch.status_changes.empty()) {
        md.heading(fmt::format("Status changed ({})", ch.status_changes.size()), 1);
        md.out() << "| Action | Title | From | To |\n|---|---|---|---|\n";
        for (const auto& s : ch.status_changes)
            md.out() << fmt::format("| {} | {} | {} | {} |\n", exempt_marked_markdown(c(s.action.id), s.action.exempt),
                                    c(s.action.title), s.from, s.to);
        md.out() << '\n';
    }
    if (!ch.rag_changes.empty()) {
        md.heading(fmt::format("RAG changed ({})", ch.rag_changes.size()), 1);
        md.out() << "| Action | Title | From | To |\n|---|---|---|---|\n";
        for (const auto& r : ch.rag_changes)
            md.out() << fmt::format("| {} | {} | {} | {} |\n", exempt_marked_markdown(c(r.action.id), r.action.exempt),
                                    c(r.action.title), words(r.from), words(r.to));
        md.out() << '\n';
    }
    if (!ch.due_moves.empty()) {
        md.heading(fmt::format("Due dates moved ({})", ch.due_moves.size()), 1);
        md.out() << "| Action | Was due | Now due | Movement |\n|---|---|---|---|\n";
        for (const auto& m : ch.due_moves)
            md.out() << fmt::format("| {} | {} | {} | {} |\n",
                                    exempt_marked_markdown(
                                        c(m.step ? fmt::format("{} step {}", m.action.id, m.step) : m.action.id),
                                        m.action.exempt || m.step_exempt),
                                    m.from.text(), m.to.text(), moved(m.days));
        md.out() << '\n';
    }
    std::vector<const NewProgress*> notes;
    for (const auto& p : ch.new_progress)
        if (exempt || !p.exempt) notes.push_back(&p);
    if (!notes.empty()) {
        md.heading(fmt::format("New progress notes ({})", notes.size()), 1);
        md.out() << "| Date | Action | RAG | Note |\n|---|---|---|---|\n";
        for (const NewProgress* p : notes)
            md.out() << fmt::format("| {} | {} | {} | {} |\n", p->date.long_form(), c(p->action.id),
                                    p->rag ? to_string(*p->rag) : "-",
                                    exempt_marked_markdown(c(p->note), p->exempt || p->action.exempt));
        md.out() << '\n';
    }
    if (!ch.recommendations.empty()) {
        md.heading("Recommendations", 1);
        for (const auto& r : ch.recommendations)
            md.out() << fmt::format("- Recommendation {} became {}{}{}\n", r.number, r.became,
                                    r.title.empty() ? "" : ": " + c(r.title),
                                    r.reason.empty() ? "" : " (" + c(r.reason) + ")");
        md.out() << '\n';
    }
    if (!ch.kpi_points.empty()) {
        md.heading(fmt::format("KPI figures added ({})", ch.kpi_points.size()), 1);
        md.out() << "| KPI | Period | Figure | Previous | Direction of travel |\n|---|---|--:|--:|---|\n";
        for (const auto& k : ch.kpi_points)
            md.out() << fmt::format("| {} | {} | {} | {} | {} |\n", c(k.kpi.title.empty() ? k.kpi.id : k.kpi.title),
                                    c(k.period), c(k.value_text), k.previous ? c(k.previous_text) : "-",
                                    words(k.direction));
        md.out() << '\n';
    }
    if (!ch.restated.empty()) {
        md.heading(fmt::format("Restated KPI figures ({})", ch.restated.size()), 1);
        md.out() << "Past figures that changed since the last paper; check the data before relying on them.\n\n";
        md.out() << "| KPI | Period | Was | Now |\n|---|---|--:|--:|\n";
        for (const auto& r : ch.restated)
            md.out() << fmt::format("| {} | {} | {} | {} |\n", c(r.kpi.title.empty() ? r.kpi.id : r.kpi.title),
                                    c(r.period), c(r.from_text), c(r.to_text));
        md.out() << '\n';
    }
    if (!ch.targets.empty()) {
        md.heading(fmt::format("KPI targets changed ({})", ch.targets.size()), 1);
        md.out() << "| KPI | Was | Now |\n|---|---|---|\n";
        for (const auto& t : ch.targets)
            md.out() << fmt::format("| {} | {} | {} |\n", c(t.kpi.title.empty() ? t.kpi.id : t.kpi.title), c(t.from),
                                    c(t.to));
        md.out() << '\n';
    }
}

void slippage(Md& md, const std::vector<Slippage>& all, bool exempt) {
    auto slipped = slipped_actions(all, exempt);
    md.heading("Slippage", 1);
    if (slipped.empty()) {
        md.out() << "No action's due date has moved later.\n\n";
        return;
    }
    md.out() << "| Action | Title | Times slipped | Days slipped | First due | Now due |\n|---|---|--:|--:|---|---|\n";
    for (const Slippage* s : slipped)
        md.out() << fmt::format("| {} | {} | {} | {} | {} | {} |\n", exempt_marked_markdown(c(s->action.id), s->action.exempt),
                                c(s->action.title),
                                s->times_slipped, s->days_slipped, s->first ? s->first->text() : "-",
                                s->current ? s->current->text() : "-");
    md.out() << '\n';
}

}  // namespace

void write_changes_markdown(std::ostream& out, const ChangesReport& r, int level) {
    Md md(out, level);
    if (r.changes) change_set(md, *r.changes, r.include_exempt);
    if (r.slippage) slippage(md, *r.slippage, r.include_exempt);
}

}  // namespace plan
