// "Changes since the last meeting": a ChangeSet and the slippage of due
// dates, both computed from git history by the caller (lib/history), with
// exempt items already left out by build_report().
#include <fmt/format.h>

#include "render/common/figures.hpp"
#include "render/report/report_doc.hpp"
#include "render/report/report_words.hpp"

namespace plan {
namespace {

std::string ref(const ActionRef& a) { return a.title.empty() ? a.id : a.id + ": " + a.title; }

std::string status_words(std::string s) {
    for (char& c : s)
        if (c == '-') c = ' ';
    return s;
}

std::string value_of(const ReportView& v, const std::string& kpi_id, double value) {
    for (const auto& k : v.repo->kpis)
        if (k.id && *k.id == kpi_id) return kpi_value(k, value);
    return fmt::format("{}", value);
}

void add_list(Section& s, const std::string& title, std::vector<Para> items) {
    if (items.empty()) return;
    s.blocks.push_back(heading(title));
    s.blocks.push_back(list(std::move(items)));
}

// An action named, tagged Exempt when it is (only a paper that includes
// exempt information has any here).
Para named(const ActionRef& a) {
    Para p{plain(ref(a))};
    if (a.exempt) p.push_back(exempt_tag());
    return p;
}

std::vector<Para> refs(const std::vector<ActionRef>& actions) {
    std::vector<Para> out;
    for (const auto& a : actions) out.push_back(named(a));
    return out;
}

void add_action_changes(Section& s, const ChangeSet& c) {
    add_list(s, "Actions completed", refs(c.completed));
    add_list(s, "Actions added", refs(c.added));
    add_list(s, "Actions dropped", refs(c.dropped));
    add_list(s, "Actions removed from the plan", refs(c.removed));
    std::vector<Para> status, rag;
    for (const auto& x : c.status_changes) {
        Para p = named(x.action);
        p.push_back(plain(fmt::format(": from {} to {}", status_words(x.from), status_words(x.to))));
        status.push_back(std::move(p));
    }
    for (const auto& x : c.rag_changes) {
        Para p = named(x.action);
        for (Span s : {plain(": from "), rag_tag(x.from), plain(" to "), rag_tag(x.to)}) p.push_back(std::move(s));
        rag.push_back(std::move(p));
    }
    add_list(s, "Changes of status", std::move(status));
    add_list(s, "Changes of rating", std::move(rag));
    if (!c.due_moves.empty()) {
        s.blocks.push_back(heading("Due dates moved"));
        Table t{"Due dates moved", {"Action", "Step", "Was due", "Now due", "Change"}, {}, {}, true, ""};
        for (const auto& m : c.due_moves) {
            std::string step = m.step ? fmt::format("{}{}", m.step, m.step_title.empty() ? "" : ": " + m.step_title) : "-";
            std::string change = m.days > 0   ? fmt::format("{} later", count_of(m.days, "day", "days"))
                                 : m.days < 0 ? fmt::format("{} earlier", count_of(-m.days, "day", "days"))
                                              : std::string("Same day");
            if (!m.reason.empty()) change += " (because: " + m.reason + ")";
            Para step_cell{plain(step)};
            if (m.step_exempt) step_cell.push_back(exempt_tag());
            t.rows.push_back({cell(named(m.action)), cell(std::move(step_cell)), cell(due_words(m.from)), cell(due_words(m.to)),
                              cell(change)});
        }
        s.blocks.push_back(table(std::move(t)));
    }
    std::vector<Para> notes;
    for (const auto& p : c.new_progress) {
        Para item{strong(ref(p.action)), plain(", " + p.date.long_form())};
        if (p.rag) item.push_back(plain(" (" + rag_word(brag_of(*p.rag)) + ")"));
        item.push_back(plain(": "));
        item.push_back(rich(p.note.empty() ? "No note." : p.note));
        if (p.exempt || p.action.exempt) item.push_back(exempt_tag());
        notes.push_back(std::move(item));
    }
    add_list(s, "New progress notes", std::move(notes));
}

void add_other_changes(const ReportView& v, Section& s, const ChangeSet& c) {
    std::vector<Para> recs, figures, restated, targets, notes;
    for (const auto& r : c.recommendations)
        recs.push_back({plain(fmt::format("Recommendation {}{}: {}", r.number, r.title.empty() ? "" : " (" + r.title + ")",
                                              r.became + (r.reason.empty() ? "" : ": " + r.reason)))});
    for (const auto& k : c.kpi_points) {
        std::string line = fmt::format("{}: {} for {}", k.kpi.title.empty() ? k.kpi.id : k.kpi.title,
                                       k.value_text.empty() ? value_of(v, k.kpi.id, k.value) : k.value_text,
                                       period_words(k.period));
        if (k.previous)
            line += fmt::format(" (before: {}; {})",
                                k.previous_text.empty() ? value_of(v, k.kpi.id, *k.previous) : k.previous_text,
                                words(k.direction));
        figures.push_back({plain(line)});
    }
    for (const auto& k : c.restated)
        restated.push_back({plain(fmt::format("{}: the figure for {} changed from {} to {}",
                                              k.kpi.title.empty() ? k.kpi.id : k.kpi.title, period_words(k.period),
                                              k.from_text.empty() ? value_of(v, k.kpi.id, k.from) : k.from_text,
                                              k.to_text.empty() ? value_of(v, k.kpi.id, k.to) : k.to_text) +
                                  (k.reason.empty() ? "" : " because: " + k.reason))});
    for (const auto& k : c.targets)
        targets.push_back({plain(fmt::format("{}: from {} to {}", k.kpi.title.empty() ? k.kpi.id : k.kpi.title, k.from, k.to))});
    for (const auto& n : c.notes) notes.push_back({plain(n)});
    add_list(s, "Recommendations", std::move(recs));
    add_list(s, "New figures", std::move(figures));
    add_list(s, "Figures restated (check the data)", std::move(restated));
    add_list(s, "Targets changed", std::move(targets));
    add_list(s, "Notes", std::move(notes));
}

void add_slippage(Section& s, const std::vector<Slippage>& slippage) {
    s.blocks.push_back(heading("Slippage over the life of the plan", "slippage"));
    Table t{"Actions whose due date has moved later",
            {"Action", "Times moved later", "Days in total", "First due", "Now due"}, {false, true, true}, {}, true, ""};
    for (const auto& x : slippage) {
        if (x.times_slipped <= 0) continue;
        t.rows.push_back({cell(ref(x.action)), cell(std::to_string(x.times_slipped)), cell(std::to_string(x.days_slipped)),
                          cell(x.first ? due_words(*x.first) : "-"), cell(x.current ? due_words(*x.current) + latest_slip_reason(x) : "-")});
    }
    if (t.rows.empty()) s.blocks.push_back(paragraph("No action's due date has moved later."));
    else s.blocks.push_back(table(std::move(t)));
}

}  // namespace

Section changes_section(const ReportView& v) {
    Section s{"changes", "Changes since the last meeting", {}};
    if (!v.changes) {
        std::string why = v.history_unavailable.empty() ? "" : ": " + v.history_unavailable;
        s.blocks.push_back(paragraph("The plan's history is not available for this paper" + why + "."));
    } else {
        const ChangeSet& c = *v.changes;
        // A paper names meetings and dates; the revisions compared are in
        // a footnote at the end of the section, for whoever checks them.
        auto words = [](const Side& side) { return side.paper_label.empty() ? side.label : side.paper_label; };
        s.blocks.push_back(
            paragraph(fmt::format("Changes to the plan between {} and {}.\u00B9", words(c.since), words(c.until))));
        if (c.empty()) s.blocks.push_back(paragraph("Nothing in the plan changed in that time."));
        add_action_changes(s, c);
        add_other_changes(v, s, c);
    }
    if (v.slippage) add_slippage(s, *v.slippage);
    if (v.changes && !v.changes->since.revision_note.empty())
        s.blocks.push_back(paragraph(fmt::format("\u00B9 Revisions compared in the plan's history (git): {}; and {}.",
                                                 v.changes->since.revision_note, v.changes->until.revision_note)));
    return s;
}

}  // namespace plan
