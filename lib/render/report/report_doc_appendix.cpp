// The appendix: the whole action plan in the councils' own table shape
// (Requirement | Links to recommendations | Early actions | Key lead |
// Timescales | Progress | SMART targets), grouped by theme.
#include <fmt/format.h>

#include "model/vocabulary.hpp"
#include "render/report/report_doc.hpp"
#include "render/report/report_words.hpp"
#include "render/common/view_words.hpp"

namespace plan {
namespace {

Cell requirement(const ReportAction& a) {
    Para p{strong(id_of(*a.action))};
    if (!a.action->title.empty()) p.push_back(plain(": " + a.action->title));
    if (a.action->exempt) p.push_back(exempt_tag());
    return cell(std::move(p));
}

Cell early_actions(const ReportAction& a) {
    Cell c;
    for (const Step* s : a.steps) {
        std::string when;
        if (s->status && *s->status == Status::done)
            when = s->done ? "done " + s->done->long_form() : "done";
        else if (s->status && *s->status == Status::dropped)
            when = "dropped";
        else if (s->due)
            when = "due " + due_words(*s->due);
        else if (s->status)
            when = words(*s->status);
        Para p{rich(s->title.empty() ? "Untitled step" : s->title)};
        if (!when.empty()) p.push_back(plain(" (" + when + ")"));
        if (!s->lead.empty()) p.push_back(plain(" Lead: " + s->lead + "."));
        if (s->exempt) p.push_back(exempt_tag());
        c.items.push_back(std::move(p));
    }
    if (c.items.empty()) c.items.push_back({plain("None listed")});
    return c;
}

Cell key_leads(const Action& a) {
    Cell c;
    for (const auto& l : a.leads) c.items.push_back({plain(l)});
    if (c.items.empty()) c.items.push_back({plain("No lead named")});
    return c;
}

Cell timescales(const ReportAction& a) {
    const Action& x = *a.action;
    Cell c;
    if (x.status && *x.status == Status::ongoing) c.items.push_back({plain("Ongoing")});
    else if (x.due) c.items.push_back({plain(due_words(*x.due))});
    else c.items.push_back({plain("No date set")});
    if (x.review) c.items.push_back({plain("Review by " + x.review->long_form())});
    if (x.done) c.items.push_back({plain("Completed " + x.done->long_form())});
    return c;
}

// The latest note by default, which is what members read; every note with
// --all-notes. The cell says how many earlier notes it leaves out.
Cell progress(const ReportView& v, const ReportAction& a) {
    Cell c;
    Para state{state_tag(a.state.state)};
    if (a.state.state == State::overdue)
        state.push_back(plain(fmt::format(" by {} days", a.state.days_late)));
    c.items.push_back(std::move(state));
    if (a.action->status && *a.action->status == Status::dropped && !a.action->reason.empty())
        c.items.push_back({plain("Reason: "), rich(a.action->reason)});
    std::size_t earlier = 0;
    for (const ProgressEntry* p : a.progress) {
        if (!v.all_notes && a.latest && p != a.latest) {
            ++earlier;
            continue;
        }
        Para item{strong(p->date ? p->date->long_form() : "Undated")};
        if (p->rag) item.push_back(plain(" (" + rag_word(brag_of(*p->rag)) + ")"));
        item.push_back(plain(": "));
        item.push_back(rich(p->note.empty() ? "No note." : p->note));
        if (p->exempt) item.push_back(exempt_tag());
        c.items.push_back(std::move(item));
    }
    if (earlier > 0)
        c.items.push_back({plain(fmt::format("{} earlier {} not shown.", earlier, earlier == 1 ? "note" : "notes"))});
    return c;
}

Cell smart_targets(const ReportView& v, const Action& a) {
    Cell c;
    if (!a.success.empty()) c.items.push_back({rich(a.success)});
    for (const auto& m : a.measures) {
        if (!m) continue;
        std::string name = *m;
        for (const auto& k : v.repo->kpis)
            if (k.id && *k.id == *m && !k.title.empty()) name = k.title;
        c.items.push_back({plain("Measured by: " + name)});
    }
    if (c.items.empty()) c.items.push_back({plain("None set")});
    return c;
}

}  // namespace

Section appendix_section(const ReportView& v) {
    Section s{"appendix", "Appendix: the action plan", {}};
    const std::string& body = v.repo->inspection.body;
    s.blocks.push_back(paragraph(fmt::format(
        "The full action plan at {}, grouped by theme. Each action's state comes from its dates; the ratings in "
        "brackets are the leads' own.",
        v.as_of.long_form())));
    std::string links = body.empty() ? "Links to recommendations" : "Links to " + body + " recommendations";
    std::size_t n = 0;
    for (const auto& theme : v.themes) {
        ++n;
        if (theme.actions.empty()) continue;
        std::string name = theme_name(theme.theme);
        s.blocks.push_back(heading(name, fmt::format("theme-{}", n)));
        if (theme.theme && !theme.theme->description.empty()) s.blocks.push_back(paragraph({rich(theme.theme->description)}));
        if (theme.theme && !theme.theme->lead.empty()) s.blocks.push_back(paragraph("Theme lead: " + theme.theme->lead + "."));
        Table t{name + ": action plan",
                {"Requirement", links, "Early actions", "Key lead", "Timescales", "Progress", "SMART targets"},
                {}, {}, true, "appendix"};
        for (std::size_t i : theme.actions) {
            const ReportAction& a = v.actions[i];
            t.rows.push_back({requirement(a), cell(recommendation_links(*a.action)), early_actions(a),
                              key_leads(*a.action), timescales(a), progress(v, a), smart_targets(v, *a.action)});
        }
        s.blocks.push_back(table(std::move(t)));
    }
    if (v.actions.empty()) s.blocks.push_back(paragraph("The plan has no actions yet."));
    return s;
}

}  // namespace plan
