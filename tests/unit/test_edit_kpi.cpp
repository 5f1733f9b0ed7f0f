#include <doctest/doctest.h>

#include "edit/kpi_add.hpp"
#include "edit_fixture.hpp"

using namespace plan;
using namespace edit_test;

namespace {

KpiFigure figure(const char* period, double value, const char* text) {
    return {"supervision-on-time", *parse_period(period).value, value, text, ""};
}

EditResult add(const std::string& kpi, const std::vector<KpiFigure>& figures, const std::string& reason = "",
               std::vector<FigureOutcome>* outcomes = nullptr) {
    PlanEditor editor(files(kActionYaml, kpi), day("2024-08-31"));
    for (const auto& f : figures) {
        auto o = add_kpi_figure(editor, f, reason);
        if (outcomes) outcomes->push_back(o);
    }
    return editor.finish(false);
}

}  // namespace

TEST_CASE("kpi add: a figure goes in period order, in the flow style of its neighbours") {
    std::string before = std::string(kKpiYaml) + "    # July is late\n    - {period: 2024-07, value: 80}\n";
    auto r = add(before, {figure("2024-05", 79.5, "79.5")});
    REQUIRE(r.added.empty());
    std::string expected = before;
    expected.insert(expected.find("    # July"), "    - {period: 2024-05, value: 79.5}\n");
    CHECK(only_change(r) == expected);
    REQUIRE(r.after.kpis[0].data.size() == 3);
    CHECK(*r.after.kpis[0].data[1].value == 79.5);
}

TEST_CASE("kpi add: block items, appended; an equal figure is already there") {
    std::string before =
        "kpi:\n  id: supervision-on-time\n  title: \"Supervised on time\"\n  unit: percent\n  better: higher\n"
        "  frequency: monthly\n  data:\n  - period: '2024-04'\n    value: 78.0   # first\n";
    std::vector<FigureOutcome> outcomes;
    auto r = add(before, {figure("2024-04", 78, "78"), figure("2024-05", 80, "80")}, "", &outcomes);
    REQUIRE(r.added.empty());
    CHECK(outcomes == std::vector<FigureOutcome>{FigureOutcome::already_there, FigureOutcome::added});
    CHECK(only_change(r) == before + "  - period: 2024-05\n    value: 80\n");
}

TEST_CASE("kpi add: a different figure is a restatement, refused without a reason, kept with one") {
    CHECK_THROWS_WITH_AS(add(kKpiYaml, {figure("2024-04", 77, "77")}), doctest::Contains("--restate"), EditError);
    auto r = add(kKpiYaml, {figure("2024-04", 77, "77")}, "Late recording");
    REQUIRE(r.added.empty());
    std::string expected = kKpiYaml;
    expected.replace(expected.find("{period: 2024-04, value: 78.0}"), 30,
                     "{period: 2024-04, value: 77, restated: [{value: 78.0, on: 2024-08-31, reason: \"Late "
                     "recording\"}]}");
    CHECK(only_change(r) == expected);
    REQUIRE(r.after.kpis[0].data[0].restated.size() == 1);
    CHECK(*r.after.kpis[0].data[0].restated[0].value == 78.0);
    CHECK(r.after.kpis[0].data[0].restated[0].reason == "Late recording");
}

TEST_CASE("kpi add: a block item restated gets a restated list") {
    std::string before =
        "kpi:\n  id: supervision-on-time\n  title: \"Supervised on time\"\n  unit: percent\n  better: higher\n"
        "  frequency: monthly\n  data:\n    - period: 2024-04\n      value: 78.0\n      note: \"first\"\n";
    auto r = add(before, {figure("2024-04", 77, "77")}, "Late recording");
    REQUIRE(r.added.empty());
    CHECK(only_change(r) ==
          "kpi:\n  id: supervision-on-time\n  title: \"Supervised on time\"\n  unit: percent\n  better: higher\n"
          "  frequency: monthly\n  data:\n    - period: 2024-04\n      value: 77\n      note: \"first\"\n"
          "      restated:\n        - value: 78.0\n          on: 2024-08-31\n          reason: \"Late recording\"\n");
}

TEST_CASE("kpi add: a period that does not fit the frequency is refused by the re-check") {
    auto r = add(kKpiYaml, {figure("2024/25 Q2", 80, "80")});
    CHECK(!r.added.empty());
}

// The loader counts columns in characters, as editors do; an edit works on
// bytes. Text with multi-byte characters before the value on its line must
// not shift the edit.
TEST_CASE("kpi add: a restatement after multi-byte text on the same line edits the value itself") {
    std::string before =
        "kpi:\n  id: supervision-on-time\n  title: \"Supervised on time\"\n  unit: percent\n  better: higher\n"
        "  frequency: monthly\n  data:\n    - {note: \"Caf\xC3\xA9 \xE2\x80\x94 r\xC3\xA9vis\xC3\xA9\", period: 2024-04, value: 78.0}\n";
    auto r = add(before, {figure("2024-04", 77, "77")}, "Late recording");
    REQUIRE(r.added.empty());
    std::string expected = before;
    expected.replace(expected.find("value: 78.0}"), 12,
                     "value: 77, restated: [{value: 78.0, on: 2024-08-31, reason: \"Late recording\"}]}");
    CHECK(only_change(r) == expected);
    CHECK(*r.after.kpis[0].data[0].value == 77);
}
