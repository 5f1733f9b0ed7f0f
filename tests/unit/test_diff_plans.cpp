#include <doctest/doctest.h>

#include <fmt/format.h>

#include "query/changes.hpp"
#include "builders.hpp"

using namespace plan;

namespace {
using test::day;
using test::field;

Action action(const std::string& id, Status status, Due due) {
    Action a;
    a.id = field(id);
    a.title = "Title of " + id;
    a.status = field(status);
    a.due = field(due);
    a.recommendations.push_back({RecommendationRef::number, 1, 1, {}});
    return a;
}

Due month(int y, int m) { return *parse_due(fmt::format("{:04}-{:02}", y, m)).value; }
}  // namespace

TEST_CASE("diff_plans: completion, addition, removal and a slipped due date") {
    Repository before, after;
    Recommendation r;
    r.id = field(1);
    before.inspection.recommendations = after.inspection.recommendations = {r};
    before.actions = {action("A-1", Status::in_progress, month(2017, 4)), action("A-2", Status::in_progress, month(2017, 6)),
                      action("A-3", Status::not_started, month(2017, 9))};
    after.actions = {action("A-1", Status::done, month(2017, 4)), action("A-2", Status::in_progress, month(2017, 8)),
                     action("A-4", Status::not_started, month(2017, 10))};
    after.actions[0].done = field(day(2017, 4, 12));

    ChangeSet c = diff_plans(before, day(2017, 3, 20), after, day(2017, 4, 25));
    REQUIRE(c.completed.size() == 1);
    CHECK(c.completed[0].id == "A-1");
    REQUIRE(c.added.size() == 1);
    CHECK(c.added[0].id == "A-4");
    REQUIRE(c.removed.size() == 1);
    CHECK(c.removed[0].id == "A-3");
    REQUIRE(c.due_moves.size() == 1);
    CHECK(c.due_moves[0].action.id == "A-2");
    CHECK(c.due_moves[0].days == 62);  // 30 June -> 31 August
}

TEST_CASE("diff_plans: a past KPI figure that changed is restated, a new one is added with its movement") {
    Repository before, after;
    Kpi k;
    k.id = field(std::string("k"));
    k.better = field(Better::higher);
    k.unit = field(Unit::percent);
    auto point = [](const char* p, double v) {
        DataPoint d;
        d.period = field(*parse_period(p).value);
        d.value = field(v);
        return d;
    };
    k.data = {point("2017-01", 70), point("2017-02", 72)};
    before.kpis = {k};
    k.data = {point("2017-01", 70), point("2017-02", 71), point("2017-03", 75)};
    after.kpis = {k};
    ChangeSet c = diff_plans(before, day(2017, 3, 1), after, day(2017, 4, 1));
    REQUIRE(c.restated.size() == 1);
    CHECK(c.restated[0].period == "2017-02");
    CHECK(c.restated[0].from_text == "72%");
    CHECK(c.restated[0].to_text == "71%");
    REQUIRE(c.kpi_points.size() == 1);
    CHECK(c.kpi_points[0].period == "2017-03");
    CHECK(c.kpi_points[0].direction == Direction::improving);
    CHECK(c.empty() == false);
}

TEST_CASE("diff_plans: 'no longer fully delivered' names the open action linked through all, and why") {
    Repository before, after;
    Recommendation r1, r2;
    r1.id = field(1);
    r2.id = field(2);
    before.inspection.recommendations = after.inspection.recommendations = {r1, r2};
    Action done = action("A-1", Status::done, month(2017, 3));
    done.done = field(day(2017, 3, 1));
    before.actions = {done};
    Action cross = action("A-9", Status::in_progress, month(2017, 12));
    cross.recommendations = {{RecommendationRef::all, 0, 0, {}}};
    Action secret = action("A-8", Status::in_progress, month(2017, 12));
    secret.exempt = true;
    after.actions = {done, cross, secret};

    ChangeSet c = diff_plans(before, day(2017, 4, 1), after, day(2017, 5, 1));
    bool found = false;
    for (const auto& x : c.recommendations)
        if (x.number == 1 && x.became == "no longer fully delivered") {
            found = true;
            CHECK(x.reason == "A-9 on track, linked through all; an exempt action on track");
        }
    CHECK(found);
}
