// The paper's frame and its opening: cover, summary in numbers, and the
// recommendation to the committee.
#include <fmt/format.h>

#include "render/common/figures.hpp"
#include "render/report/report_doc.hpp"
#include "render/report/report_words.hpp"
#include "render/common/view_words.hpp"

namespace plan {

Span plain(std::string text) { return {Span::Kind::plain, std::move(text), Brag::none}; }
Span rich(std::string text) { return {Span::Kind::rich, std::move(text), Brag::none}; }
Span strong(std::string text) { return {Span::Kind::strong, std::move(text), Brag::none}; }
Span tag(std::string text, Brag tone) { return {Span::Kind::tag, std::move(text), tone}; }
Cell cell(Para p) { return Cell{{std::move(p)}}; }
Cell cell(std::string plain_text) { return cell(Para{plain(std::move(plain_text))}); }

Block heading(std::string text, std::string id) {
    Block b;
    b.kind = Block::Kind::heading;
    b.text = std::move(text);
    b.id = std::move(id);
    return b;
}
Block paragraph(Para p) {
    Block b;
    b.para = std::move(p);
    return b;
}
Block paragraph(std::string plain_text) { return paragraph(Para{plain(std::move(plain_text))}); }
Block notice(Para p) {
    Block b;
    b.kind = Block::Kind::notice;
    b.para = std::move(p);
    return b;
}
Block list(std::vector<Para> items) {
    Block b;
    b.kind = Block::Kind::list;
    b.items = std::move(items);
    return b;
}
Block table(Table t) {
    Block b;
    b.kind = Block::Kind::table;
    b.table = std::move(t);
    return b;
}

namespace {

std::string plan_title(const Repository& r) { return r.plan.title.empty() ? "the improvement plan" : r.plan.title; }

std::string meeting_name(const ReportView& v) {
    return v.meeting && !v.meeting->title.empty() ? v.meeting->title : "The committee";
}

}  // namespace

// The notices a paper must carry before anything else.
std::vector<Block> report_notices(const ReportView& v) {
    Section s;
    if (v.shows_exempt)
        s.blocks.push_back(notice({strong("Not for publication."),
                                   plain(" This paper contains exempt information under Part II of Schedule 12A to "
                                         "the Local Government Act 1972. Items marked Exempt must not be published.")}));
    else if (v.has_exempt)
        s.blocks.push_back(notice({plain("Information that is exempt under Part II of Schedule 12A to the Local "
                                         "Government Act 1972 has been left out of this paper. Its figures count only "
                                         "the actions shown.")}));
    if (v.validation_errors > 0)
        s.blocks.push_back(notice({strong("Draft."), plain(fmt::format(
                                                         " The plan has {} validation {}, so some figures in this "
                                                         "paper may be wrong.",
                                                         v.validation_errors, v.validation_errors == 1 ? "error" : "errors"))}));
    return s.blocks;
}

Section cover_section(const ReportView& v) {
    const Repository& r = *v.repo;
    Section s{"cover", "", {}};
    Block fields;
    fields.kind = Block::Kind::fields;
    if (v.meeting) fields.fields.push_back({"Meeting", {plain(meeting_name(v))}});
    if (v.meeting || v.meeting_date)
        fields.fields.push_back({"Date of meeting", {plain(v.meeting_date ? v.meeting_date->long_form() : "To be confirmed")}});
    if (!r.plan.owner.empty()) fields.fields.push_back({"Report of", {plain(r.plan.owner)}});
    if (!r.plan.service.empty()) fields.fields.push_back({"Service", {plain(r.plan.service)}});
    fields.fields.push_back({"Position as at", {plain(v.as_of.long_form())}});
    if (r.plan.start) fields.fields.push_back({"Plan period", {plain(capitalised(plan_period(r)))}});
    s.blocks.push_back(std::move(fields));
    for (auto& b : report_notices(v)) s.blocks.push_back(std::move(b));
    s.blocks.push_back(heading("Purpose of the report", "purpose"));
    std::string inspected = r.inspection.recommendations.empty()
                                ? std::string()
                                : fmt::format(", how each of the {} recommendations from the {} inspection is being met",
                                              r.inspection.recommendations.size(),
                                              r.inspection.body.empty() ? "last" : r.inspection.body);
    s.blocks.push_back(paragraph(fmt::format(
        "This report tells {} where the {} stands at {}: progress on its {}, the exceptions that need members' "
        "attention{}, and the key performance indicators.",
        v.meeting ? the_title(meeting_name(v)) : "members", plan_title(r), v.as_of.long_form(),
        count_of(v.overall.counted(), "action", "actions"), inspected)));
    return s;
}

Section summary_section(const ReportView& v) {
    Section s{"summary", "Summary", {}};
    const Tally& t = v.overall;
    int overdue = t.count(State::overdue);
    std::string late = overdue == 0 ? "none is overdue" : fmt::format("{} overdue", is_are(overdue));
    if (!v.exceptions.overdue.empty())
        late += fmt::format(", the longest by {}", count_of(v.actions[v.exceptions.overdue.front()].state.days_late, "day", "days"));
    int complete = t.count(State::complete);
    s.blocks.push_back(paragraph(fmt::format("{} of {} {} complete; {}.", with_thousands(complete), count_of(t.counted(), "action", "actions"),
                                             complete == 1 ? "is" : "are", late)));

    std::vector<std::string> rest;
    if (int n = t.count(State::blocked)) rest.push_back(fmt::format("{} blocked", is_are(n)));
    if (v.summary.due_soon)
        rest.push_back(fmt::format("{} due in the next {} days", is_are(v.summary.due_soon), v.window_days));
    if (int n = t.count(State::on_track)) rest.push_back(fmt::format("{} on track", is_are(n)));
    if (int n = t.count(State::ongoing)) rest.push_back(fmt::format("{} ongoing work now part of everyday practice", is_are(n)));
    if (int n = t.count(State::dropped)) rest.push_back(fmt::format("{} been dropped", n == 1 ? "1 has" : fmt::format("{} have", n)));
    if (!rest.empty()) {
        std::string joined;
        for (std::size_t i = 0; i < rest.size(); ++i)
            joined += (i == 0 ? "Of the rest, " : i + 1 == rest.size() ? " and " : ", ") + rest[i];
        s.blocks.push_back(paragraph(joined + "."));
    }

    const ReportSummary& n = v.summary;
    int recs = static_cast<int>(v.recommendations.size());
    if (recs > 0) {
        std::string covered = n.recommendations_covered == recs
                                  ? fmt::format("All {} recommendations have actions against them", recs)
                                  : fmt::format("{} of {} recommendations have actions against them", n.recommendations_covered, recs);
        s.blocks.push_back(paragraph(fmt::format("{}; {} fully delivered and {} an action that is overdue or blocked.",
                                                 covered, is_are(n.recommendations_delivered),
                                                 n.recommendations_at_risk == 1 ? "1 has"
                                                                                : fmt::format("{} have", n.recommendations_at_risk))));
    }
    if (!v.kpis.empty()) {
        std::string k = fmt::format("Of the {} key performance indicators, {} green, {} amber and {} red against their targets",
                                    v.kpis.size(), is_are(n.kpis_green), n.kpis_amber, n.kpis_red);
        if (int none = static_cast<int>(v.kpis.size()) - n.kpis_with_rag)
            k += fmt::format(" ({} no target or figure to compare)", none == 1 ? "1 has" : fmt::format("{} have", none));
        k += fmt::format("; {} improving and {} getting worse", is_are(n.kpis_improving),
                         n.kpis_worsening == 0 ? std::string("none") : std::to_string(n.kpis_worsening));
        if (std::size_t stale = v.exceptions.stale_kpis.size())
            k += fmt::format(". {} no figure for the latest period", stale == 1 ? "1 has" : fmt::format("{} have", stale));
        s.blocks.push_back(paragraph(k + "."));
    }
    return s;
}

Section recommendation_section(const ReportView& v) {
    Section s{"recommendation", "Recommendation", {}};
    if (!v.recommendation_text.empty()) {
        s.blocks.push_back(paragraph({rich(v.recommendation_text)}));
    } else {
        std::string who = capitalised(the_title(v.meeting ? v.meeting->title : ""));
        s.blocks.push_back(paragraph(fmt::format(
            "{} is recommended to note the progress made on the {} to {}, and to comment on the exceptions set out in "
            "this report and the actions being taken to address them.",
            who, plan_title(*v.repo), v.as_of.long_form())));
    }
    s.blocks.push_back(heading("Reason for the recommendation", "reason"));
    s.blocks.push_back(paragraph("So that members can see how the plan is progressing, challenge where it is slipping, "
                                 "and be assured that the inspection's findings are being acted on."));
    return s;
}

namespace {

// A caption that repeats the heading just above it is kept for screen
// readers only; sighted readers would see the same words twice.
void hide_repeated_captions(std::vector<Section>& sections) {
    for (Section& s : sections) {
        std::string last_heading;
        for (Block& b : s.blocks) {
            if (b.kind == Block::Kind::heading) last_heading = b.text;
            if (b.kind == Block::Kind::table && !last_heading.empty() && b.table.caption.rfind(last_heading, 0) == 0) {
                b.table.caption_hidden = true;
                last_heading.clear();
            }
        }
    }
}

}  // namespace

ReportDoc build_report_doc(const ReportView& v) {
    ReportDoc d;
    const Repository& r = *v.repo;
    d.authority = r.plan.authority;
    d.on_a_page = v.kind == ReportKind::on_a_page;
    d.classification = v.shows_exempt ? "Not for publication: exempt information (Schedule 12A, Part II)" : "Public";
    std::string title = r.plan.title.empty() ? "Improvement plan" : r.plan.title;
    if (d.on_a_page) {
        d.title = title + ": plan on a page";
        d.sections = on_a_page_sections(v);
        hide_repeated_captions(d.sections);
        return d;
    }
    d.title = "Progress report: " + title;
    if (v.exempt_appendix) {
        // Tabled apart from the public paper: its notice, then the exempt items alone.
        d.title = "Exempt appendix: " + title;
        d.classification = "Not for publication: exempt information (Schedule 12A, Part II)";
        Section intro{"notices", "", report_notices(v)};
        intro.blocks.push_back(paragraph(
            v.actions.empty() ? "The plan has no exempt actions, steps or notes."
                              : "This appendix holds only the exempt actions, and the exempt steps and progress notes "
                                "of other actions, that the public paper leaves out."));
        d.sections.push_back(std::move(intro));
        d.sections.push_back(appendix_section(v));
        hide_repeated_captions(d.sections);
        return d;
    }
    for (ReportSection which : v.sections) {
        switch (which) {
        case ReportSection::cover: d.sections.push_back(cover_section(v)); break;
        case ReportSection::summary: d.sections.push_back(summary_section(v)); break;
        case ReportSection::recommendation: d.sections.push_back(recommendation_section(v)); break;
        case ReportSection::exceptions: d.sections.push_back(exceptions_section(v)); break;
        case ReportSection::progress: d.sections.push_back(progress_section(v)); break;
        case ReportSection::changes: d.sections.push_back(changes_section(v)); break;
        case ReportSection::coverage: d.sections.push_back(coverage_section(v)); break;
        case ReportSection::inspection: d.sections.push_back(inspection_section(v)); break;
        case ReportSection::kpis: d.sections.push_back(kpis_section(v)); break;
        case ReportSection::appendix: d.sections.push_back(appendix_section(v)); break;
        }
    }
    // A paper without its cover still carries its notices.
    if (!v.has(ReportSection::cover)) {
        Section notices{"notices", "", report_notices(v)};
        if (!notices.blocks.empty()) d.sections.insert(d.sections.begin(), std::move(notices));
    }
    hide_repeated_captions(d.sections);
    return d;
}

}  // namespace plan
