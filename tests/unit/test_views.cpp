// The derived meanings behind plan status and plan overdue (docs/format.md,
// "Derived meanings"), tested on lib/query directly with hand-built plans.
// Every expected figure was worked out by hand from the definitions.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "query/action_state.hpp"
#include "query/calendar.hpp"
#include "query/coverage.hpp"
#include "query/filters.hpp"
#include "query/kpi_state.hpp"
#include "query/kpi_words.hpp"
#include "render/common/figures.hpp"
#include "render/common/view_words.hpp"
#include "render/report/report_words.hpp"
#include "query/overdue_view.hpp"
#include "query/status_view.hpp"
#include "builders.hpp"
#include "render/common/text_table.hpp"
#include "render/common/view_words.hpp"

using namespace plan;

namespace {

using test::day;
// "set" reads better beside the status and due words these tests use.
template <class T>
Field<T> set(T v) {
    return test::field(std::move(v));
}

Field<Due> due(const char* text) {
    auto d = parse_due(text);
    REQUIRE_MESSAGE(d.value, text);
    return set(*d.value);
}

Action action(const char* id, Status status, const char* due_text = nullptr) {
    Action a;
    a.id = set(std::string(id));
    a.title = std::string("Action ") + id;
    a.theme = set(std::string("t1"));
    a.leads = {"Head of Service"};
    a.status = set(status);
    if (due_text) a.due = due(due_text);
    return a;
}

Step step(const char* due_text, std::optional<Status> status = std::nullopt, const char* lead = "") {
    Step s;
    s.title = std::string("Step due ") + due_text;
    s.due = due(due_text);
    if (status) s.status = set(*status);
    s.lead = lead;
    return s;
}

ProgressEntry progress(const char* date, std::optional<Rag> rag, const char* note = "note") {
    ProgressEntry p;
    p.date = set(day(date));
    if (rag) p.rag = set(*rag);
    p.note = note;
    return p;
}

RecommendationRef rec(int n) { return {RecommendationRef::number, n, n, {}}; }
RecommendationRef rec_range(int from, int to) { return {RecommendationRef::range, from, to, {}}; }
RecommendationRef rec_all() { return {RecommendationRef::all, 0, 0, {}}; }

DataPoint point(const char* period, double value) {
    DataPoint d;
    auto p = parse_period(period);
    REQUIRE_MESSAGE(p.value, period);
    d.period = set(*p.value);
    d.value = set(value);
    return d;
}

Kpi kpi(Better better, Frequency frequency, std::vector<DataPoint> data) {
    Kpi k;
    k.id = set(std::string("k"));
    k.title = "A KPI";
    k.unit = set(Unit::percent);
    k.better = set(better);
    k.frequency = set(frequency);
    k.data = std::move(data);
    return k;
}

Kpi value_kpi(Better better, double target, std::optional<double> tolerance, double latest) {
    Kpi k = kpi(better, Frequency::monthly, {point("2017-08", latest), point("2017-09", latest)});
    KpiTarget t;
    t.value = set(target);
    k.target = set(t);
    if (tolerance) k.tolerance = set(*tolerance);
    return k;
}

Kpi trend_kpi(Better better, std::optional<double> tolerance, std::vector<DataPoint> data) {
    Kpi k = kpi(better, Frequency::quarterly, std::move(data));
    KpiTarget t;
    t.trend = true;
    k.target = set(t);
    if (tolerance) k.tolerance = set(*tolerance);
    return k;
}

Repository repo_with(std::vector<Action> actions, int recommendations = 3) {
    Repository r;
    for (int i = 1; i <= recommendations; ++i) {
        Recommendation x;
        x.id = set(i);
        x.text = "Recommendation text";
        r.inspection.recommendations.push_back(x);
    }
    Theme t1, t2;
    t1.id = set(std::string("t1"));
    t1.title = "Theme one";
    t2.id = set(std::string("t2"));
    t2.title = "Theme two";
    r.themes = {t1, t2};
    Meeting board;
    board.id = set(std::string("board"));
    board.title = "Improvement Board";
    board.cadence = set(Cadence::monthly);
    board.dates = {set(day("2017-10-31")), set(day("2017-11-28")), set(day("2017-09-26"))};
    r.meetings = {board};
    r.actions = std::move(actions);
    return r;
}

std::vector<std::string> ids(const std::vector<DueItem>& items) {
    std::vector<std::string> out;
    for (const auto& i : items)
        out.push_back(*i.action->id + (i.step ? " step " + std::to_string(i.step_number) : "") + " " +
                      std::to_string(i.days));
    return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// Action state
// ---------------------------------------------------------------------------

TEST_CASE("views: a month due date means the month's last day, late from the 1st") {
    Action a = action("A-1", Status::in_progress, "2017-03");
    // 2 March: 31 March is 29 days away, beyond the 28-day window.
    CHECK(action_state(a, day("2017-03-02")).state == State::on_track);
    // 3 March: 28 days away, the last day of the window.
    auto s = action_state(a, day("2017-03-03"));
    CHECK(s.state == State::due_soon);
    CHECK(*s.next_due - day("2017-03-03") == 28);
    CHECK(s.rag == Brag::green);  // in progress: due soon is still green
    // 31 March: due today, not late.
    s = action_state(a, day("2017-03-31"));
    CHECK(s.state == State::due_soon);
    CHECK(s.days_late == 0);
    // 1 April: one day late.
    s = action_state(a, day("2017-04-01"));
    CHECK(s.state == State::overdue);
    CHECK(s.days_late == 1);
    CHECK(s.rag == Brag::red);
    CHECK(s.late_due->text() == "2017-03");
    CHECK(s.late_step == 0);
}

TEST_CASE("views: the same due date written as a day behaves the same") {
    Action a = action("A-1", Status::in_progress, "2017-03-31");
    CHECK(action_state(a, day("2017-03-31")).state == State::due_soon);
    CHECK(action_state(a, day("2017-04-01")).days_late == 1);
    CHECK(action_state(a, day("2017-04-01")).late_due->text() == "2017-03-31");
}

TEST_CASE("views: February months end on the 28th or, in leap years, the 29th") {
    Action a = action("A-1", Status::not_started, "2017-02");
    CHECK(action_state(a, day("2017-02-28")).state == State::due_soon);
    CHECK(action_state(a, day("2017-03-01")).days_late == 1);
    CHECK(action_state(a, day("2017-03-31")).days_late == 31);
    Action leap = action("A-2", Status::not_started, "2016-02");
    CHECK(action_state(leap, day("2016-02-29")).state == State::due_soon);
    CHECK(action_state(leap, day("2016-03-01")).days_late == 1);
}

TEST_CASE("views: due soon and not started is amber; with no due date, on track") {
    CHECK(action_state(action("A", Status::not_started, "2017-11-20"), day("2017-10-31")).rag == Brag::amber);
    CHECK(action_state(action("A", Status::in_progress, "2017-11-20"), day("2017-10-31")).rag == Brag::green);
    auto s = action_state(action("A", Status::in_progress), day("2017-10-31"));
    CHECK(s.state == State::on_track);
    CHECK(s.rag == Brag::green);
    CHECK(!s.next_due);
    // An action with no status (schema error, shown with --force) counts as not started.
    Action no_status = action("A", Status::in_progress, "2017-11-20");
    no_status.status = {};
    CHECK(action_state(no_status, day("2017-10-31")).rag == Brag::amber);
}

TEST_CASE("views: the window decides due soon, and so amber") {
    Action a = action("A", Status::not_started, "2017-12-20");  // 50 days from 31 October
    CHECK(action_state(a, day("2017-10-31")).state == State::on_track);
    CHECK(action_state(a, day("2017-10-31"), 84).state == State::due_soon);
    CHECK(action_state(a, day("2017-10-31"), 84).rag == Brag::amber);
    CHECK(action_state(a, day("2017-10-31"), 49).state == State::on_track);
    CHECK(action_state(a, day("2017-10-31"), 50).state == State::due_soon);
}

TEST_CASE("views: a late open step makes an on-track action overdue, counted from the step") {
    Action a = action("ST-1", Status::in_progress, "2018-03");
    a.steps = {step("2017-09", Status::in_progress, "Principal Social Worker"),  // 31 days late
               step("2017-06", Status::done),                                   // done late: not late
               step("2017-10-15"),                                              // no status: open, 16 days
               step("2017-11-20", Status::not_started)};                         // 20 days to go
    a.steps[1].done = set(day("2017-07-10"));
    auto s = action_state(a, day("2017-10-31"));
    CHECK(s.state == State::overdue);
    CHECK(s.days_late == 31);
    CHECK(s.late_step == 1);
    CHECK(s.late_due->text() == "2017-09");
    CHECK(s.rag == Brag::red);
}

TEST_CASE("views: done, dropped and ongoing steps are never late") {
    Action a = action("ST-2", Status::in_progress, "2018-01");
    a.steps = {step("2017-08", Status::done), step("2017-10-10", Status::dropped), step("2017-09-30", Status::ongoing)};
    auto s = action_state(a, day("2017-10-31"));
    CHECK(s.state == State::on_track);
    CHECK(s.days_late == 0);
    CHECK(s.next_due->iso() == "2018-01-31");
}

TEST_CASE("views: a step due soon makes its action due soon") {
    Action a = action("ST-4", Status::not_started, "2018-02");
    a.steps = {step("2017-11-14")};
    auto s = action_state(a, day("2017-10-31"));
    CHECK(s.state == State::due_soon);
    CHECK(s.rag == Brag::amber);
    CHECK(s.next_due->iso() == "2017-11-14");
}

TEST_CASE("views: overdue comes before blocked; blocked alone is red") {
    Action a = action("ST-3", Status::blocked, "2018-06");
    a.steps = {step("2017-10-30", Status::blocked)};
    auto s = action_state(a, day("2017-10-31"));
    CHECK(s.state == State::overdue);
    CHECK(s.blocked);
    CHECK(s.days_late == 1);
    CHECK(s.late_step == 1);
    s = action_state(a, day("2017-10-30"));
    CHECK(s.state == State::blocked);
    CHECK(s.rag == Brag::red);
}

TEST_CASE("views: ongoing and dropped actions are never overdue, whatever their dates") {
    Action ongoing = action("OD-2", Status::ongoing);
    ongoing.steps = {step("2017-05", Status::in_progress)};
    auto s = action_state(ongoing, day("2017-10-31"));
    CHECK(s.state == State::ongoing);
    CHECK(s.rag == Brag::green);
    CHECK(s.days_late == 0);
    Action dropped = action("OD-4", Status::dropped, "2017-06");
    dropped.steps = {step("2017-04", Status::in_progress)};
    s = action_state(dropped, day("2017-10-31"));
    CHECK(s.state == State::dropped);
    CHECK(s.rag == Brag::none);
    CHECK(s.days_late == 0);
    // Done is complete, even with an open late step.
    Action done = action("ST-5", Status::done, "2017-07");
    done.steps = {step("2017-06", Status::in_progress)};
    CHECK(action_state(done, day("2017-10-31")).state == State::complete);
    CHECK(action_state(done, day("2017-10-31")).rag == Brag::blue);
}

TEST_CASE("views: the newest progress entry is the last of those with the newest date") {
    Action a = action("RO-7", Status::not_started, "2017-10");
    a.progress = {progress("2017-10-01", Rag::amber), progress("2017-10-30", Rag::red), progress("2017-10-30", Rag::green)};
    auto s = action_state(a, day("2017-10-31"));
    REQUIRE(s.latest);
    CHECK(*s.latest->rag == Rag::green);
    CHECK(s.latest == &a.progress[2]);
}

// ---------------------------------------------------------------------------
// KPI RAG, direction of travel, staleness
// ---------------------------------------------------------------------------

TEST_CASE("views: value targets: at the target green, at the tolerance edge amber, beyond red") {
    Date at = day("2017-10-31");
    CHECK(kpi_state(value_kpi(Better::higher, 85, 5, 85), at).rag == Brag::green);
    CHECK(kpi_state(value_kpi(Better::higher, 85, 5, 90), at).rag == Brag::green);
    CHECK(kpi_state(value_kpi(Better::higher, 85, 5, 80), at).rag == Brag::amber);
    CHECK(kpi_state(value_kpi(Better::higher, 85, 5, 79.9), at).rag == Brag::red);
    CHECK(kpi_state(value_kpi(Better::lower, 18, 2, 18), at).rag == Brag::green);
    CHECK(kpi_state(value_kpi(Better::lower, 18, 2, 17.9), at).rag == Brag::green);
    CHECK(kpi_state(value_kpi(Better::lower, 18, 2, 20), at).rag == Brag::amber);
    CHECK(kpi_state(value_kpi(Better::lower, 18, 2, 20.1), at).rag == Brag::red);
    // No tolerance: anything short is red.
    CHECK(kpi_state(value_kpi(Better::higher, 50, std::nullopt, 49.99), at).rag == Brag::red);
    CHECK(kpi_state(value_kpi(Better::higher, 50, std::nullopt, 50), at).rag == Brag::green);
    CHECK(kpi_state(value_kpi(Better::lower, 37, 0, 37), at).rag == Brag::green);
    // The example plan's own figures (docs/format.md, KPI RAG).
    CHECK(kpi_state(value_kpi(Better::higher, 85, 5, 84.1), at).rag == Brag::amber);
    CHECK(kpi_state(value_kpi(Better::lower, 120, 15, 133), at).rag == Brag::amber);
    CHECK(kpi_state(value_kpi(Better::higher, 70, 3, 67), at).rag == Brag::amber);
}

TEST_CASE("views: value targets: exactly at the tolerance edge with decimals is amber") {
    // 85 - 84.1 is 0.9000000000000057 in binary floating point; a tolerance
    // of 0.9 must still make it amber (format.md: "within tolerance is amber").
    // Same for 17.8 against 17.5 (0.3).
    Date at = day("2017-10-31");
    CHECK(kpi_state(value_kpi(Better::higher, 85, 0.9, 84.1), at).rag == Brag::amber);
    CHECK(kpi_state(value_kpi(Better::lower, 17.5, 0.3, 17.8), at).rag == Brag::amber);
}

TEST_CASE("views: year-on-year targets compare with the same financial quarter a year earlier") {
    std::vector<DataPoint> lower = {point("2015/16 Q4", 23), point("2016/17 Q1", 22), point("2016/17 Q2", 20),
                                    point("2016/17 Q3", 21), point("2016/17 Q4", 19), point("2017/18 Q1", 17),
                                    point("2017/18 Q2", 18)};
    Kpi k = trend_kpi(Better::lower, 1, lower);
    auto s = kpi_state(k, day("2017-10-31"));
    CHECK(s.latest->period->text == "2017/18 Q2");
    CHECK(s.year_earlier->period->text == "2016/17 Q2");
    CHECK(s.rag == Brag::green);                    // 20 -> 18: 2 better, beyond the tolerance of 1
    CHECK(s.direction == Direction::worsening);     // 17 -> 18, lower is better
    // Q4 (January to March) against the Q4 of the financial year before.
    s = kpi_state(k, day("2017-05-15"));
    CHECK(s.latest->period->text == "2016/17 Q4");
    CHECK(s.year_earlier->period->text == "2015/16 Q4");
    CHECK(s.rag == Brag::green);  // 23 -> 19
    // A quarter's figure is not used until the quarter has ended.
    s = kpi_state(k, day("2017-09-29"));
    CHECK(s.latest->period->text == "2017/18 Q1");
    s = kpi_state(k, day("2017-09-30"));
    CHECK(s.latest->period->text == "2017/18 Q2");
}

TEST_CASE("views: year-on-year: better green, within tolerance amber either way, worse red") {
    Date at = day("2017-10-31");
    auto rag = [&](Better b, std::optional<double> tol, double before, double now) {
        return kpi_state(trend_kpi(b, tol, {point("2016/17 Q2", before), point("2017/18 Q1", before), point("2017/18 Q2", now)}), at)
            .rag;
    };
    CHECK(rag(Better::higher, 1, 61, 63) == Brag::green);
    CHECK(rag(Better::higher, 1, 61, 62) == Brag::amber);  // better, but only by the tolerance
    CHECK(rag(Better::higher, 2, 40, 40) == Brag::amber);
    CHECK(rag(Better::higher, 1, 60, 59) == Brag::amber);
    CHECK(rag(Better::higher, 1, 60, 57) == Brag::red);
    CHECK(rag(Better::lower, 1, 30, 31) == Brag::amber);
    CHECK(rag(Better::lower, 1, 10, 12) == Brag::red);
    CHECK(rag(Better::higher, std::nullopt, 70, 70) == Brag::amber);  // no change, no tolerance
    CHECK(rag(Better::higher, std::nullopt, 50, 49.5) == Brag::red);
    CHECK(rag(Better::higher, std::nullopt, 50, 50.5) == Brag::green);
    // No figure a year earlier: no RAG.
    CHECK(kpi_state(trend_kpi(Better::higher, 1, {point("2016/17 Q3", 44), point("2017/18 Q2", 47)}), at).rag == Brag::none);
}

TEST_CASE("views: year-on-year: a change of exactly the tolerance, with decimals, is amber") {
    // 20.3 -> 20.6 is a change of 0.3000000000000007 in floating point.
    Kpi k = trend_kpi(Better::lower, 0.3, {point("2016/17 Q2", 20.3), point("2017/18 Q1", 20.2), point("2017/18 Q2", 20.6)});
    CHECK(kpi_state(k, day("2017-10-31")).rag == Brag::amber);
}

TEST_CASE("views: year-on-year for months (across a leap February), years and snapshots") {
    Kpi m = kpi(Better::higher, Frequency::monthly, {point("2016-02", 78), point("2016-09", 80), point("2017-02", 79)});
    KpiTarget t;
    t.trend = true;
    m.target = set(t);
    m.tolerance = set(0.5);
    auto s = kpi_state(m, day("2017-03-31"));
    CHECK(s.year_earlier->period->text == "2016-02");
    CHECK(s.rag == Brag::green);
    CHECK(s.direction == Direction::worsening);  // 80 -> 79 against the previous figure, not the previous month
    Kpi snap = kpi(Better::higher, Frequency::annual, {point("2016-03-31", 100), point("2017-03-31", 104)});
    snap.target = set(t);
    snap.tolerance = set(5.0);
    s = kpi_state(snap, day("2017-10-31"));
    CHECK(s.year_earlier->period->text == "2016-03-31");
    CHECK(s.rag == Brag::amber);
    Kpi fy = kpi(Better::lower, Frequency::annual, {point("2015/16", 12.5), point("2016/17", 12.5)});
    fy.target = set(t);
    s = kpi_state(fy, day("2017-10-31"));
    CHECK(s.rag == Brag::amber);
    CHECK(s.direction == Direction::steady);
}

TEST_CASE("views: direction of travel has no tolerance: steady only when exactly equal") {
    Date at = day("2017-10-31");
    auto dir = [&](Better b, double before, double now) {
        return kpi_state(kpi(b, Frequency::monthly, {point("2017-08", before), point("2017-09", now)}), at).direction;
    };
    CHECK(dir(Better::lower, 17.2, 17.0) == Direction::improving);
    CHECK(dir(Better::lower, 17.0, 17.2) == Direction::worsening);
    CHECK(dir(Better::higher, 94.9, 95.0) == Direction::improving);
    CHECK(dir(Better::higher, 95.0, 95.0) == Direction::steady);
    CHECK(kpi_state(kpi(Better::higher, Frequency::monthly, {point("2017-09", 1)}), at).direction == Direction::unknown);
}

TEST_CASE("views: a KPI is stale from the day after its figure was due (period end + lag)") {
    Kpi monthly = kpi(Better::higher, Frequency::monthly, {point("2017-08", 1), point("2017-09", 2)});
    // October's figure is due 30 days after 31 October: 30 November.
    auto s = kpi_state(monthly, day("2017-11-30"));
    CHECK(s.expected->text == "2017-09");
    CHECK(!s.stale);
    s = kpi_state(monthly, day("2017-12-01"));
    CHECK(s.expected->text == "2017-10");
    CHECK(s.stale);

    Kpi quarterly = kpi(Better::lower, Frequency::quarterly, {point("2016/17 Q4", 140), point("2017/18 Q1", 133)});
    quarterly.lag_days = 45;  // Q2 ends 30 September; due 14 November
    CHECK(!kpi_state(quarterly, day("2017-11-14")).stale);
    CHECK(kpi_state(quarterly, day("2017-11-15")).stale);
    CHECK(kpi_state(quarterly, day("2017-11-15")).expected->text == "2017/18 Q2");

    Kpi fy = kpi(Better::higher, Frequency::annual, {point("2014/15", 62), point("2015/16", 64)});
    fy.lag_days = 120;  // 2016/17 ends 31 March 2017; due 29 July 2017
    CHECK(!kpi_state(fy, day("2017-07-29")).stale);
    CHECK(kpi_state(fy, day("2017-07-30")).stale);

    Kpi calendar = kpi(Better::lower, Frequency::annual, {point("2014", 45.1), point("2015", 44.0)});
    calendar.lag_days = 60;  // 2016 ends 31 December 2016; due 1 March 2017
    CHECK(!kpi_state(calendar, day("2017-03-01")).stale);
    CHECK(kpi_state(calendar, day("2017-03-02")).stale);
    CHECK(kpi_state(calendar, day("2017-03-02")).expected->text == "2016");

    Kpi lag0 = kpi(Better::lower, Frequency::monthly, {point("2017-09", 38)});
    lag0.lag_days = 0;
    CHECK(!kpi_state(lag0, day("2017-10-31")).stale);
    CHECK(kpi_state(lag0, day("2017-11-01")).stale);

    // No figures at all: the frequency decides the kind, and it is stale.
    Kpi none = kpi(Better::higher, Frequency::quarterly, {});
    s = kpi_state(none, day("2017-10-31"));
    CHECK(s.stale);
    CHECK(s.expected->text == "2017/18 Q2");
    CHECK(s.rag == Brag::none);
}

TEST_CASE("views: snapshot days are passed over when choosing the expected period") {
    Kpi snaps = kpi(Better::lower, Frequency::monthly, {point("2017-08-31", 380), point("2017-09-30", 376), point("2017-10-15", 374)});
    auto s = kpi_state(snaps, day("2017-12-01"));
    CHECK(s.expected->text == "2017-10");
    CHECK(!s.stale);  // a snapshot inside October counts as October's figure
    CHECK(s.latest->period->text == "2017-10-15");
}

TEST_CASE("views: after the plan ends, the plan's last period is still expected") {
    // Staleness after the plan's end: with a plan ending 31 March 2018, at
    // 30 June 2018 the newest month that had ended by the plan's end is March
    // 2018 (it ends on 31 March), so a missing March figure is reported.
    Kpi monthly = kpi(Better::higher, Frequency::monthly, {point("2018-01", 1), point("2018-02", 2)});
    auto s = kpi_state(monthly, day("2018-06-30"), day("2018-03-31"));
    CHECK(s.expected->text == "2018-03");
    CHECK(s.stale);
}

TEST_CASE("views: after the plan ends, no later figures are expected") {
    Kpi monthly = kpi(Better::higher, Frequency::monthly, {point("2018-03", 1)});
    auto s = kpi_state(monthly, day("2019-06-30"), day("2018-03-31"));
    CHECK(!s.stale);
}

// ---------------------------------------------------------------------------
// Recommendations: covered, delivered, at risk
// ---------------------------------------------------------------------------

TEST_CASE("views: recommendation standings follow the linked actions that are not dropped") {
    Action done = action("A-1", Status::done, "2017-06");
    done.recommendations = {rec(1)};
    Action late = action("A-2", Status::in_progress, "2017-09");
    late.recommendations = {rec(2)};
    Action blocked = action("A-3", Status::blocked, "2018-06");  // blocked, not late: at risk
    blocked.recommendations = {rec(3)};
    Action dropped = action("A-4", Status::dropped, "2017-03");  // dropped and late: ignored
    dropped.recommendations = {rec_range(1, 4)};
    Action only_dropped = action("A-5", Status::dropped);
    only_dropped.recommendations = {rec(5)};
    Action fine = action("A-6", Status::in_progress, "2018-06");
    fine.recommendations = {rec(4)};
    Repository r = repo_with({done, late, blocked, dropped, only_dropped, fine}, 5);
    auto st = recommendation_standings(r, day("2017-10-31"));
    REQUIRE(st.size() == 5);
    CHECK(st[0].covered);
    CHECK(st[0].delivered);
    CHECK(!st[0].at_risk);
    CHECK(st[0].actions.size() == 1);  // the dropped A-4 is not counted
    CHECK(st[1].at_risk);
    CHECK(!st[1].delivered);
    CHECK(st[2].at_risk);
    CHECK(!st[3].at_risk);
    CHECK(st[3].covered);
    CHECK(!st[4].covered);  // linked only from a dropped action
    CHECK(!st[4].delivered);
}

TEST_CASE("views: an overdue action linked to all recommendations puts every one at risk") {
    Action all = action("W-1", Status::in_progress, "2013-09");
    all.recommendations = {rec_all()};
    Action done = action("Q-1", Status::done, "2013-10");
    done.recommendations = {rec(2)};
    auto st = recommendation_standings(repo_with({all, done}, 3), day("2013-12-17"));
    for (const auto& s : st) CHECK(s.at_risk);
    CHECK(!st[1].delivered);
}

// ---------------------------------------------------------------------------
// plan overdue
// ---------------------------------------------------------------------------

TEST_CASE("views: overdue lists late actions and open steps, most late first, then due soon") {
    Action a = action("ST-1", Status::in_progress, "2018-03");
    a.steps = {step("2017-09", Status::in_progress, "Principal Social Worker"), step("2017-06", Status::done),
               step("2017-10-15"), step("2017-11-20", Status::not_started, "Performance Manager")};
    a.progress = {progress("2017-10-20", Rag::green)};
    Action b = action("ST-3", Status::blocked, "2018-06");
    b.steps = {step("2017-10-30", Status::blocked, "Director of Commissioning, CCG")};
    Action c = action("A-10", Status::in_progress, "2017-09");  // ties with ST-1 step 1 at 31 days
    Action d = action("A-2", Status::in_progress, "2017-09");
    Action on = action("OD-2", Status::ongoing);
    on.steps = {step("2017-05", Status::in_progress)};
    Action dr = action("OD-3", Status::dropped, "2017-03");
    Action window_edge = action("E-1", Status::not_started, "2017-11-28");  // the last day of the window
    Action beyond = action("E-2", Status::not_started, "2017-11-29");
    Repository r = repo_with({a, b, c, d, on, dr, window_edge, beyond});
    auto v = build_overdue(r, day("2017-10-31"), day("2017-11-28"), {}, Grouping::none);
    // Ties are broken by the action id as text, so A-10 comes before A-2.
    CHECK(ids(v.overdue) == std::vector<std::string>{"A-10 31", "A-2 31", "ST-1 step 1 31", "ST-1 step 3 16", "ST-3 step 1 1"});
    CHECK(ids(v.due_soon) == std::vector<std::string>{"ST-1 step 4 20", "E-1 28"});
    CHECK(v.overdue[2].leads == std::vector<std::string>{"Principal Social Worker"});
    CHECK(v.overdue[3].leads == std::vector<std::string>{"Head of Service"});  // no step lead: the action's
    CHECK(v.overdue[2].last_progress->iso() == "2017-10-20");
    CHECK(!v.overdue[0].last_progress);
    REQUIRE(v.groups.size() == 1);
    CHECK(v.groups[0].key.empty());
}

TEST_CASE("views: overdue groups: by lead (each lead), theme (title) and recommendation (in number order)") {
    Action a = action("A-1", Status::in_progress, "2017-09");
    a.leads = {"Head of Service", "Performance Consultant"};
    a.recommendations = {rec(10), rec(2)};
    Action b = action("B-1", Status::in_progress, "2017-10");
    b.theme = set(std::string("t2"));
    b.recommendations = {rec_all()};
    b.steps = {step("2017-08", std::nullopt, "Principal Social Worker")};
    Action c = action("C-1", Status::not_started, "2017-11-15");
    c.theme = set(std::string("t2"));
    Repository r = repo_with({a, b, c}, 10);
    Date at = day("2017-10-31");

    auto by_lead = build_overdue(r, at, day("2017-11-28"), {}, Grouping::lead);
    std::vector<std::string> keys;
    for (const auto& g : by_lead.groups) keys.push_back(g.key);
    CHECK(keys == std::vector<std::string>{"Head of Service", "Performance Consultant", "Principal Social Worker"});

    // Head of Service: A-1 late; B-1 (its own date, today) and C-1 due soon.
    // B-1's late step has its own lead, so it is chased under that lead only.
    CHECK(by_lead.groups[0].overdue.size() == 1);
    CHECK(by_lead.groups[0].due_soon.size() == 2);
    CHECK(by_lead.groups[2].overdue.size() == 1);

    auto by_theme = build_overdue(r, at, day("2017-11-28"), {}, Grouping::theme);
    keys.clear();
    for (const auto& g : by_theme.groups) keys.push_back(g.key);
    CHECK(keys == std::vector<std::string>{"Theme one", "Theme two"});

    auto by_rec = build_overdue(r, at, day("2017-11-28"), {}, Grouping::recommendation);
    keys.clear();
    for (const auto& g : by_rec.groups) keys.push_back(g.key);
    CHECK(keys.size() == 11);
    CHECK(keys.front() == "Recommendation 1");
    CHECK(keys[9] == "Recommendation 10");  // number order, not text order
    CHECK(keys.back() == "(no recommendation linked)");
}

TEST_CASE("views: overdue filters: status words and states, theme, recommendation (ranges and all)") {
    Action a = action("A-1", Status::in_progress, "2017-09");
    a.recommendations = {rec_range(2, 3)};
    Action b = action("B-1", Status::not_started, "2017-11-15");
    b.recommendations = {rec_all()};
    Action c = action("C-1", Status::blocked, "2017-11-20");
    c.theme = set(std::string("t2"));
    c.recommendations = {rec(1)};
    Repository r = repo_with({a, b, c});
    Date at = day("2017-10-31"), end = day("2017-11-28");
    auto run = [&](ActionFilter f) {
        auto v = build_overdue(r, at, end, f, Grouping::none);
        std::vector<std::string> out = ids(v.overdue);
        for (auto& s : ids(v.due_soon)) out.push_back(s);
        return out;
    };
    ActionFilter f;
    f.statuses = {"overdue"};
    CHECK(run(f) == std::vector<std::string>{"A-1 31"});
    f.statuses = {"due-soon"};
    CHECK(run(f) == std::vector<std::string>{"B-1 15"});  // C-1 is blocked, not due soon
    f.statuses = {"blocked"};
    CHECK(run(f) == std::vector<std::string>{"C-1 20"});
    f.statuses = {"not-started", "in-progress"};
    CHECK(run(f) == std::vector<std::string>{"A-1 31", "B-1 15"});
    f = {};
    f.themes = {"t2"};
    CHECK(run(f) == std::vector<std::string>{"C-1 20"});
    f = {};
    f.recommendations = {3};
    CHECK(run(f) == std::vector<std::string>{"A-1 31", "B-1 15"});
    f.recommendations = {99};  // no such recommendation: "all" still matches it
    CHECK(run(f) == std::vector<std::string>{"B-1 15"});
    f = {};
    f.leads = {"HEAD OF"};
    CHECK(run(f).size() == 3);
}

TEST_CASE("views: overdue --lead finds steps led by that person") {
    // A late step led by someone else belongs on that person's chasing list.
    Action a = action("ST-1", Status::in_progress, "2018-03");
    a.steps = {step("2017-09", Status::in_progress, "Principal Social Worker")};
    Repository r = repo_with({a});
    ActionFilter f;
    f.leads = {"principal"};
    auto v = build_overdue(r, day("2017-10-31"), day("2017-11-28"), f, Grouping::none);
    CHECK(ids(v.overdue) == std::vector<std::string>{"ST-1 step 1 31"});
}

// ---------------------------------------------------------------------------
// Windows: --within
// ---------------------------------------------------------------------------

TEST_CASE("views: a meeting whose id reads as a window does not change the window") {
    // "28d" is the default --within; a meeting called that must not move it.
    Repository r = repo_with({});
    Meeting odd;
    odd.id = set(std::string("28d"));
    odd.dates = {set(day("2018-06-30"))};
    Meeting dated = odd;
    dated.id = set(std::string("2017-12-01"));
    r.meetings.push_back(odd);
    r.meetings.push_back(dated);
    Date at = day("2017-10-31");
    CHECK(parse_window("28d", at, r).value->iso() == "2017-11-28");
    CHECK(parse_window("2017-12-01", at, r).value->iso() == "2017-12-01");
    CHECK(parse_window("board", at, r).value->iso() == "2017-10-31");
}

TEST_CASE("views: windows in days, weeks, months, a date or a meeting") {
    Repository r = repo_with({});
    Date at = day("2017-10-31");
    CHECK(parse_window("28d", at, r).value->iso() == "2017-11-28");
    CHECK(parse_window("12w", at, r).value->iso() == "2018-01-23");
    CHECK(parse_window("0d", at, r).value->iso() == "2017-10-31");
    CHECK(parse_window("3m", day("2017-01-31"), r).value->iso() == "2017-04-30");  // clamped to the month's end
    CHECK(parse_window("1m", day("2016-01-31"), r).value->iso() == "2016-02-29");
    CHECK(parse_window("2017-11-28", at, r).value->iso() == "2017-11-28");
    CHECK(parse_window("2017-10-31", at, r).value->iso() == "2017-10-31");
    CHECK(parse_window("2017-10-30", at, r).error == "2017-10-30 is before the as-of date 2017-10-31");
    CHECK(!parse_window("2017-02-30", at, r).value);
    // A meeting: its first date on or after the as-of date (the listed dates need not be in order).
    CHECK(parse_window("board", at, r).value->iso() == "2017-10-31");
    CHECK(parse_window("board", day("2017-11-01"), r).value->iso() == "2017-11-28");
    CHECK(parse_window("board", day("2017-11-29"), r).error ==
          "meeting 'board' has no date on or after 2017-11-29 in plan.yaml");
    CHECK(!parse_window("boards", at, r).value);
    CHECK(!parse_window("12", at, r).value);
    CHECK(!parse_window("w", at, r).value);
    CHECK(!parse_window("1234567d", at, r).value);
    CHECK(!parse_window("", at, r).value);
    CHECK(parse_duration_days("8w", at).value == 56);
    // At most 100 years ahead, in any unit; a longer window says so.
    CHECK(parse_duration_days("1200m", at).value);
    CHECK(parse_duration_days("5228w", at).value);
    CHECK(parse_duration_days("36600d", at).value);
    for (const char* far : {"1201m", "5229w", "36601d", "99999999999m"}) {
        CAPTURE(far);
        CHECK(parse_window(far, at, r).error.find("too far ahead") != std::string::npos);
    }
    CHECK(parse_window("30y", at, r).error.find("is not a window") != std::string::npos);
}

TEST_CASE("views: the next and previous meeting") {
    Repository r = repo_with({});
    const Meeting* m = find_meeting(r, "board");
    REQUIRE(m);
    CHECK(next_meeting(*m, day("2017-10-31"))->iso() == "2017-10-31");
    CHECK(previous_meeting(*m, day("2017-10-31"))->iso() == "2017-09-26");
    CHECK(!next_meeting(*m, day("2017-11-29")));
    CHECK(!find_meeting(r, "cabinet"));
}

// ---------------------------------------------------------------------------
// plan status
// ---------------------------------------------------------------------------

TEST_CASE("views: status counts every action once by state and BRAG, per theme, themes without actions kept") {
    Action a = action("A-1", Status::done, "2017-06");
    Action b = action("A-2", Status::in_progress, "2017-09");
    Action c = action("A-3", Status::not_started, "2017-11-15");
    Action d = action("A-4", Status::dropped);
    Repository r = repo_with({a, b, c, d});
    StatusView v = build_status(r, day("2017-10-31"), {});
    CHECK(v.overall.total == 4);
    CHECK(v.overall.count(State::complete) == 1);
    CHECK(v.overall.count(State::overdue) == 1);
    CHECK(v.overall.count(State::due_soon) == 1);
    CHECK(v.overall.count(State::dropped) == 1);
    CHECK(v.overall.count(Brag::blue) == 1);
    CHECK(v.overall.count(Brag::red) == 1);
    CHECK(v.overall.count(Brag::amber) == 1);
    CHECK(v.overall.count(Brag::none) == 1);
    REQUIRE(v.themes.size() == 2);
    CHECK(v.themes[0].tally.total == 4);
    CHECK(v.themes[1].tally.total == 0);  // an empty theme is still listed
}

TEST_CASE("views: status attention: RAG optimism and quiet actions") {
    Action late = action("RO-1", Status::in_progress, "2017-10-30");
    late.progress = {progress("2017-10-20", Rag::green)};
    Action blocked = action("RO-2", Status::blocked, "2018-03");
    blocked.progress = {progress("2017-10-16", Rag::amber)};
    Action honest = action("RO-5", Status::in_progress, "2017-09");
    honest.progress = {progress("2017-10-20", Rag::red)};
    Action no_rag = action("RO-6", Status::in_progress, "2017-09");
    no_rag.progress = {progress("2017-08-01", Rag::green), progress("2017-10-02", std::nullopt)};
    Action quiet56 = action("RO-9", Status::in_progress, "2018-01");
    quiet56.progress = {progress("2017-09-05", Rag::green)};
    Action quiet57 = action("RO-10", Status::in_progress, "2018-02");
    quiet57.progress = {progress("2017-09-04", Rag::green)};
    // Without a note: an action not started and not yet near its date needs
    // none; one under way, or falling due within the window, does.
    Action not_yet = action("RO-11", Status::not_started, "2018-03");
    Action ongoing = action("RO-12", Status::ongoing);
    ongoing.progress = {progress("2017-05-02", Rag::green)};
    Action starting = action("RO-13", Status::not_started, "2017-11-15");
    Action under_way = action("RO-14", Status::in_progress, "2018-03");
    Repository r = repo_with({late, blocked, honest, no_rag, quiet56, quiet57, not_yet, ongoing, starting, under_way});
    StatusView v = build_status(r, day("2017-10-31"), {});
    std::vector<std::string> got;
    for (const auto& a : v.attention) got.push_back(a.subject + " " + a.kind);
    // Ongoing work is still work: RO-12's last note is months old.
    CHECK(got == std::vector<std::string>{"RO-1 rag-optimism", "RO-2 rag-optimism", "RO-10 no-recent-progress",
                                          "RO-12 no-recent-progress", "RO-13 no-recent-progress",
                                          "RO-14 no-recent-progress"});
    StatusOptions o;
    o.quiet_days = 30;
    v = build_status(r, day("2017-10-31"), o);
    CHECK(std::count_if(v.attention.begin(), v.attention.end(), [](const Attention& a) { return a.subject == "RO-9"; }) == 1);
}

TEST_CASE("views: an ongoing action past its review date is flagged, the day after it") {
    Action ongoing = action("OG-1", Status::ongoing);
    ongoing.review = {day("2017-10-30"), {}, true};
    ongoing.progress = {progress("2017-10-20", Rag::green)};
    CHECK(action_state(ongoing, day("2017-10-30")).review_days_late == 0);
    ActionState s = action_state(ongoing, day("2017-11-01"));
    CHECK(s.state == State::ongoing);
    CHECK(s.review_days_late == 2);
    CHECK(review_passed_words(ongoing, s) == "ongoing; its review was due on 30 October 2017, 2 days ago");
    Repository r = repo_with({ongoing});
    StatusView v = build_status(r, day("2017-11-01"), {});
    REQUIRE(v.attention.size() == 1);
    CHECK(v.attention[0].kind == "review-passed");
    OverdueView o = build_overdue(r, day("2017-11-01"), day("2017-11-29"), {}, Grouping::none);
    REQUIRE(o.overdue.size() == 1);
    CHECK(o.overdue[0].review);
    CHECK(o.overdue[0].days == 2);
    CHECK(item_id(o.overdue[0]) == "OG-1 review");
}

TEST_CASE("views: RAG optimism says 'day' for one day") {
    // "overdue by 1 day", as plan validate says it.
    Action late = action("RO-1", Status::in_progress, "2017-10-30");
    late.progress = {progress("2017-10-20", Rag::green)};
    StatusView v = build_status(repo_with({late}), day("2017-10-31"), {});
    REQUIRE(!v.attention.empty());
    CHECK(v.attention[0].message.find("overdue by 1 day;") != std::string::npos);
}

TEST_CASE("views: status filters keep the recommendations and KPIs of the actions shown") {
    Action a = action("A-1", Status::in_progress, "2017-09");
    a.recommendations = {rec(1)};
    a.measures = {set(std::string("k1"))};
    Action b = action("B-1", Status::in_progress, "2018-09");
    b.theme = set(std::string("t2"));
    b.recommendations = {rec(2), rec(3)};
    Repository r = repo_with({a, b});
    Kpi k1 = kpi(Better::higher, Frequency::monthly, {point("2017-09", 1)});
    k1.id = set(std::string("k1"));
    Kpi k2 = k1;
    k2.id = set(std::string("k2"));
    r.kpis = {k1, k2};
    StatusOptions o;
    o.filter.themes = {"t1"};
    StatusView v = build_status(r, day("2017-10-31"), o);
    CHECK(v.filtered);
    REQUIRE(v.actions.size() == 1);
    REQUIRE(v.recommendations.size() == 1);
    CHECK(*v.recommendations[0].recommendation->id == 1);
    REQUIRE(v.kpis.size() == 1);
    CHECK(*v.kpis[0].kpi->id == "k1");
    REQUIRE(v.themes.size() == 1);  // filtered: themes with nothing shown are left out
}

TEST_CASE("views: the status header's latest visit is the newest on or before the as-of date") {
    Repository r = repo_with({});
    auto visit = [](const char* date, const char* kind) {
        Visit v;
        v.date = {day(date), {}, true};
        v.kind = kind;
        return v;
    };
    r.inspection.visits = {visit("2017-06-13", "peer-review"), visit("2017-10-10", "monitoring"),
                           visit("2018-01-20", "focused")};
    CHECK(!build_status(r, day("2017-06-12"), {}).latest_visit);
    REQUIRE(build_status(r, day("2017-06-13"), {}).latest_visit);
    CHECK(build_status(r, day("2017-06-13"), {}).latest_visit->kind == "peer-review");
    CHECK(build_status(r, day("2017-12-31"), {}).latest_visit->kind == "monitoring");
}

// ---------------------------------------------------------------------------
// Names as people type them, and text as a terminal shows it
// ---------------------------------------------------------------------------

TEST_CASE("views: a lead typed in NFC or NFD, or in another case, is one lead") {
    const std::string composed = "Ren\xC3\xA9" "e Okafor";      // é as U+00E9
    const std::string decomposed = "Rene\xCC\x81" "e Okafor";   // e + U+0301
    CHECK(lead_matches(composed, "ren\xC3\xA9" "e"));
    CHECK(lead_matches(decomposed, "REN\xC3\x89" "E"));
    CHECK(lead_matches(composed, "rene\xCC\x81"));
    CHECK(lead_matches("STRA\xC3\x9F" "E", "strasse"));  // full case folding
    CHECK_FALSE(lead_matches(composed, "rene "));

    Action a = action("A-1", Status::in_progress, "2017-09");
    a.leads = {composed};
    Action b = action("B-1", Status::in_progress, "2017-09");
    b.leads = {decomposed};
    Action c = action("C-1", Status::in_progress, "2017-09");
    c.leads = {"REN\xC3\x89" "E OKAFOR", composed};
    auto v = build_overdue(repo_with({a, b, c}), day("2017-10-31"), day("2017-11-28"), {}, Grouping::lead);
    REQUIRE(v.groups.size() == 1);
    CHECK(v.groups[0].key == composed);
    CHECK(v.groups[0].overdue.size() == 3);  // C-1 once, though both its leads are the same person
}

TEST_CASE("views: terminal widths: wide characters and emoji take 2, combining marks 0") {
    CHECK(display_width("Recruit") == 7);
    CHECK(display_width("caf\xC3\xA9") == 4);
    CHECK(display_width("cafe\xCC\x81") == 4);                      // e + combining acute
    CHECK(display_width("\xE5\x85\x90\xE7\xAB\xA5") == 4);           // 兒童, East Asian wide
    CHECK(display_width("\xEF\xBC\xA1") == 2);                       // full-width A
    CHECK(display_width("\xF0\x9F\x98\x80") == 2);                   // 😀
    CHECK(display_width("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB") == 2);  // 👩‍💻, one cluster
    CHECK(display_width("\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7") == 2);   // 🇬🇧, one flag
    CHECK(display_width("\xE2\x9D\xA4\xEF\xB8\x8F") == 2);                   // ❤️, emoji presentation
    CHECK(display_width("a\xff" "b") == 3);
    CHECK(prefix_within_width("\xE5\x85\x90\xE7\xAB\xA5x", 3) == "\xE5\x85\x90");
    CHECK(prefix_within_width("cafe\xCC\x81s", 4) == "cafe\xCC\x81");  // the accent stays with its letter
    CHECK(shorten("\xE5\x85\x90\xE7\xAB\xA5\xE5\x85\x90\xE7\xAB\xA5", 6) == "\xE5\x85\x90\xE7\xAB\xA5\xE2\x80\xA6");
    CHECK(display_width(shorten("\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 4)) <= 4);
}

TEST_CASE("views: words: counts with thousands separators, visit kinds and periods as a reader says them") {
    CHECK(with_thousands(12345) == "12,345");
    CHECK(with_thousands(999) == "999");
    CHECK(with_thousands(-1234567) == "-1,234,567");
    CHECK(with_thousands(std::string("1234.56")) == "1,234.56");
    CHECK(with_thousands(std::string("1e+20")) == "1e+20");
    CHECK(count_of(1204, "action", "actions") == "1,204 actions");
    Kpi k;
    k.unit = set(Unit::count);
    CHECK(kpi_value(k, 12345) == "12,345");
    k.unit = set(Unit::days);
    CHECK(kpi_value(k, 1000.5) == "1,000.5 days");
    k.unit = set(Unit::percent);
    CHECK(kpi_value(k, 84.1) == "84.1%");
    CHECK(is_are(2500) == "2,500 are");

    CHECK(capitalised(visit_kind_words("dfe-review")) == "DfE review");
    CHECK(capitalised(visit_kind_words("monitoring")) == "Monitoring visit");
    CHECK(period_words(std::string("2017-12")) == "December 2017");
    CHECK(period_words(std::string("2017/18 Q2")) == "2017/18 Q2");
    CHECK(period_words(std::string("not a period")) == "not a period");
}

TEST_CASE("views: a text table shares the room between title and lead, and wraps every lead") {
    TextTable t({{"Action"}, {"Title", false, true, 12}, {"Lead", false, true, 10, false, true}});
    t.add({{"RA-4", {}},
           {"Special guardianship, post-adoption and therapeutic support for every family", {}},
           {"Head of Service, Children in Care; Service Manager, Fostering", {}}});
    std::string out = t.render(80, false);
    // Both leads are there, each starting its own line, none cut.
    CHECK(out.find("Head of Service, Children in Care;") != std::string::npos);
    CHECK(out.find("Service Manager, Fostering") != std::string::npos);
    CHECK(out.find("Head of Ser\u2026") == std::string::npos);
    // Neither column starves: the title is cut to about the lead's width.
    auto first = out.substr(out.find('\n') + 1);
    first = first.substr(0, first.find('\n'));
    CHECK(display_width(first) == 80);
    CHECK(first.find("Special guardianship, p") != std::string::npos);
    for (std::size_t at = 0, next; (next = out.find('\n', at)) != std::string::npos; at = next + 1)
        CHECK(display_width(out.substr(at, next - at)) <= 80);
}
