// The report's view and its Markdown: exempt information, the changes
// section from a hand-built ChangeSet, and a plan with nothing optional.
#include <doctest/doctest.h>

#include <sstream>

#include "query/report_view.hpp"
#include "render/report/report.hpp"
#include "builders.hpp"

using namespace plan;

namespace {

using test::day;
using test::field;

Action action(const std::string& id, const std::string& title, Status status, Date due) {
    Action a;
    a.id = field(std::string(id));
    a.title = title;
    a.theme = field(std::string("t1"));
    a.status = field(status);
    a.due = field(Due{due, false});
    a.leads = {"Head of Service"};
    RecommendationRef r;
    r.from = r.to = 1;
    a.recommendations = {r};
    return a;
}

Repository sample() {
    Repository repo;
    repo.plan.title = "Test plan";
    repo.plan.authority = "Test Council";
    Theme t;
    t.id = field(std::string("t1"));
    t.title = "Theme one";
    repo.themes = {t};
    Recommendation rec;
    rec.id = field(1);
    rec.title = "First recommendation";
    repo.inspection.recommendations = {rec};
    repo.actions.push_back(action("A-1", "Open action", Status::in_progress, day(2017, 9, 30)));
    repo.actions.push_back(action("A-2", "Secret action about a named child", Status::in_progress, day(2017, 12, 31)));
    repo.actions[1].exempt = true;
    Step secret;
    secret.title = "Secret step";
    secret.exempt = true;
    repo.actions[0].steps.push_back(secret);
    ProgressEntry note;
    note.date = field(day(2017, 10, 1));
    note.note = "Secret note";
    note.exempt = true;
    repo.actions[0].progress.push_back(note);
    return repo;
}

std::string markdown(const ReportView& v) {
    std::ostringstream out;
    write_report_markdown(out, v);
    return out.str();
}

}  // namespace

TEST_CASE("report view: exempt actions, steps and notes are left out unless included") {
    Repository repo = sample();
    ReportInput in;
    ReportView v = build_report(repo, day(2017, 10, 31), in);
    CHECK(v.actions.size() == 1);
    CHECK(v.actions[0].steps.empty());
    CHECK(v.actions[0].progress.empty());
    CHECK(v.has_exempt);
    CHECK_FALSE(v.shows_exempt);
    CHECK(v.recommendations[0].exempt_actions == 1);
    std::string md = markdown(v);
    CHECK(md.find("Secret") == std::string::npos);
    CHECK(md.find("has been left out of this paper") != std::string::npos);

    in.include_exempt = true;
    ReportView all = build_report(repo, day(2017, 10, 31), in);
    CHECK(all.actions.size() == 2);
    CHECK(all.shows_exempt);
    md = markdown(all);
    CHECK(md.find("Secret step") != std::string::npos);
    CHECK(md.find("Not for publication.") != std::string::npos);
}

TEST_CASE("report view: the changes section shows a ChangeSet, less its exempt items") {
    Repository repo = sample();
    ChangeSet c;
    c.since.label = "4 September 2017 (scrutiny)";
    c.until.label = "the working tree";
    c.completed.push_back({"A-1", "Open action", false});
    c.completed.push_back({"A-2", "Secret action", true});
    DueMove move;
    move.action = {"A-1", "Open action", false};
    move.from = Due{day(2017, 6, 30), true};
    move.to = Due{day(2017, 9, 30), true};
    move.days = 92;
    c.due_moves.push_back(move);
    NewProgress p;
    p.action = {"A-1", "Open action", false};
    p.date = day(2017, 10, 2);
    p.note = "Private detail";
    p.exempt = true;
    c.new_progress.push_back(p);
    std::vector<Slippage> slips(1);
    slips[0].action = {"A-1", "Open action", false};
    slips[0].times_slipped = 2;
    slips[0].days_slipped = 120;

    ReportInput in;
    in.sections = {ReportSection::changes};
    in.changes = &c;
    in.slippage = &slips;
    std::string md = markdown(build_report(repo, day(2017, 10, 31), in));
    CHECK(md.find("between 4 September 2017 (scrutiny) and the working tree") != std::string::npos);
    CHECK(md.find("### Actions completed\n\n- A-1: Open action\n") != std::string::npos);
    CHECK(md.find("| A-1: Open action | \\- | June 2017 | September 2017 | 92 days later |") != std::string::npos);
    CHECK(md.find("| A-1: Open action | 2 | 120 | \\- | \\- |") != std::string::npos);
    CHECK(md.find("Secret") == std::string::npos);
    CHECK(md.find("Private detail") == std::string::npos);
}

TEST_CASE("report view: without history the changes section says why") {
    Repository repo = sample();
    ReportInput in;
    in.sections = {ReportSection::changes};
    in.history_unavailable = "not a git repository";
    std::string md = markdown(build_report(repo, day(2017, 10, 31), in));
    CHECK(md.find("The plan's history is not available for this paper: not a git repository.") != std::string::npos);
}

TEST_CASE("report view: an empty plan still makes a paper in both formats") {
    Repository repo;
    for (ReportKind kind : {ReportKind::paper, ReportKind::on_a_page}) {
        ReportInput in;
        in.kind = kind;
        ReportView v = build_report(repo, day(2017, 10, 31), in);
        std::ostringstream md, html;
        write_report_markdown(md, v);
        write_report_html(html, v);
        CHECK(md.str().find("# ") == 0);
        CHECK(html.str().find("<!DOCTYPE html>") == 0);
        CHECK(html.str().find("</html>") != std::string::npos);
    }
}
