// plan changes for a terminal.
#include <fmt/color.h>
#include <fmt/format.h>

#include "model/vocabulary.hpp"
#include "query/kpi_words.hpp"
#include "render/changes/changes.hpp"
#include "model/terminal_safe.hpp"
#include "render/common/text_table.hpp"
#include "render/common/view_words.hpp"

namespace plan {
namespace {

class Out {
public:
    Out(std::ostream& out, const TerminalStyle& style) : out_(out), style_(style) {}
    void heading(const std::string& s) {
        out_ << '\n' << (style_.color ? fmt::format(fmt::emphasis::bold, "{}", s) : s) << '\n';
    }
    void line(const std::string& s) { out_ << terminal_safe(shorten(s, style_.width)) << '\n'; }
    // Sentences are printed whole; only list rows are shortened to fit.
    void prose(const std::string& s) { out_ << terminal_safe(s) << '\n'; }
    void table(const TextTable& t) { out_ << t.render(style_.width, style_.color); }

private:
    std::ostream& out_;
    const TerminalStyle& style_;
};

TableCell cell(const std::string& s) { return {terminal_safe(s), std::nullopt}; }

std::string days_moved(int days) {
    return days > 0 ? fmt::format("slipped {} {}", days, days == 1 ? "day" : "days")
                    : fmt::format("brought forward {} {}", -days, days == -1 ? "day" : "days");
}

template <class T, class F>
void section(Out& o, const char* title, const std::vector<T>& items, F row) {
    if (items.empty()) return;
    o.heading(fmt::format("{} ({})", title, items.size()));
    for (const auto& i : items) o.line("  " + row(i));
}

void write_change_set(Out& o, const ChangeSet& c, bool exempt) {
    o.prose(fmt::format("Changes from {} to {}", c.since.label, c.until.label));
    for (const auto& n : c.notes) o.prose("Note: " + n);
    if (c.empty()) {
        o.prose("No changes to actions, recommendations or KPIs.");
        return;
    }
    auto keep = [&](const ActionRef& a) { return exempt || !a.exempt; };
    auto refs = [&](const std::vector<ActionRef>& v) {
        std::vector<ActionRef> r;
        for (const auto& a : v)
            if (keep(a)) r.push_back(a);
        return r;
    };
    auto name = [](const ActionRef& a) { return exempt_marked_text(fmt::format("{}  {}", a.id, a.title), a.exempt); };
    section(o, "Completed", refs(c.completed), name);
    section(o, "Added", refs(c.added), name);
    section(o, "Dropped", refs(c.dropped), name);
    section(o, "Removed from the plan", refs(c.removed), name);
    section(o, "Status changed", c.status_changes,
            [](const StatusChange& s) {
                return exempt_marked_text(fmt::format("{}  {} -> {}  {}", s.action.id, s.from, s.to, s.action.title),
                                          s.action.exempt);
            });
    section(o, "RAG changed", c.rag_changes, [](const RagChange& r) {
        return exempt_marked_text(fmt::format("{}  {} -> {}  {}", r.action.id, words(r.from), words(r.to), r.action.title),
                                  r.action.exempt);
    });
    section(o, "Due dates moved", c.due_moves, [](const DueMove& m) {
        std::string what = m.step ? fmt::format("{} step {}", m.action.id, m.step) : m.action.id;
        return exempt_marked_text(fmt::format("{}  {} -> {}  {}{}", what, m.from.text(), m.to.text(), days_moved(m.days),
                                              m.reason.empty() ? "" : "  reason: " + m.reason),
                                  m.action.exempt || m.step_exempt);
    });
    std::vector<NewProgress> notes;
    for (const auto& p : c.new_progress)
        if (exempt || !p.exempt) notes.push_back(p);
    section(o, "New progress notes", notes, [](const NewProgress& p) {
        return exempt_marked_text(fmt::format("{}  {}{}  {}", p.date.iso(), p.action.id,
                                              p.rag ? fmt::format(" ({})", to_string(*p.rag)) : "", p.note),
                                  p.exempt || p.action.exempt);
    });
    section(o, "Recommendations", c.recommendations, [](const RecommendationChange& r) {
        return fmt::format("{}  became {}{}{}", r.number, r.became, r.title.empty() ? "" : "  " + r.title,
                           r.reason.empty() ? "" : "  (" + r.reason + ")");
    });
    section(o, "KPI figures added", c.kpi_points, [](const KpiPointAdded& k) {
        std::string was = k.previous ? fmt::format(" (was {}: {})", k.previous_text, words(k.direction)) : "";
        return fmt::format("{}  {}  {}{}", k.kpi.id, k.period, k.value_text, was);
    });
    section(o, "Restated KPI figures: past values changed, check the data", c.restated, [](const KpiRestated& r) {
        return fmt::format("{}  {}  {} -> {}{}", r.kpi.id, r.period, r.from_text, r.to_text,
                           r.reason.empty() ? "" : "  reason: " + r.reason);
    });
    section(o, "KPI targets changed", c.targets,
            [](const KpiTargetChange& t) { return fmt::format("{}  {} -> {}", t.kpi.id, t.from, t.to); });
}

void write_slippage(Out& o, const std::vector<Slippage>& all, bool exempt) {
    auto slipped = slipped_actions(all, exempt);
    o.heading(fmt::format("Slippage: {} {} had due dates moved later", slipped.size(),
                          slipped.size() == 1 ? "action" : "actions"));
    if (slipped.empty()) return;
    TextTable t({{"Action"}, {"Title", false, true, 16}, {"Times", true}, {"Days", true}, {"First due"}, {"Now due"}});
    for (const Slippage* s : slipped)
        t.add({cell(exempt_marked_text(s->action.id, s->action.exempt)), cell(s->action.title), cell(std::to_string(s->times_slipped)),
               cell(std::to_string(s->days_slipped)), cell(s->first ? s->first->text() : "-"),
               cell(s->current ? s->current->text() : "-")});
    o.table(t);
    for (const Slippage* s : slipped) {
        o.line(fmt::format("  {}:", s->action.id));
        for (const auto& e : s->events)
            o.line(e.commit.empty()
                       ? fmt::format("    uncommitted  {} -> {}  {}", e.from.text(), e.to.text(), days_moved(e.days))
                       : fmt::format("    {}  {}  {} -> {}  {}  {}{}", e.committed.iso(), e.author, e.from.text(),
                                     e.to.text(), days_moved(e.days), e.commit.substr(0, 10),
                                     e.reason.empty() ? "" : "  reason: " + e.reason));
    }
}

}  // namespace

void write_changes_text(std::ostream& out, const ChangesReport& r, const TerminalStyle& style) {
    Out o(out, style);
    if (r.changes) write_change_set(o, *r.changes, r.include_exempt);
    if (r.slippage) write_slippage(o, *r.slippage, r.include_exempt);
}

}  // namespace plan
