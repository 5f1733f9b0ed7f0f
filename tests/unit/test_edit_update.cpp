#include <doctest/doctest.h>

#include "edit/action_update.hpp"
#include "edit_fixture.hpp"

using namespace plan;
using namespace edit_test;

namespace {

EditResult update(const std::string& actions, ActionUpdate u, const char* as_of = "2024-06-30") {
    PlanEditor editor(files(actions), day(as_of));
    update_action(editor, u);
    return editor.finish(false);
}

ActionUpdate note(const std::string& text) {
    ActionUpdate u;
    u.action = "MO-1";
    u.note = text;
    u.rag = "green";
    return u;
}

}  // namespace

TEST_CASE("update: a first progress note goes after the last field, indented as its siblings") {
    auto r = update(kActionYaml, note("Standard drafted: shared with managers"));
    REQUIRE(r.added.empty());
    CHECK(only_change(r) == std::string(kActionYaml) +
                                "    progress:\n"
                                "      - date: 2024-06-30\n"
                                "        rag: green\n"
                                "        note: \"Standard drafted: shared with managers\"\n");
    REQUIRE(r.after.actions.size() == 1);
    REQUIRE(r.after.actions[0].progress.size() == 1);
    CHECK(r.after.actions[0].progress[0].note == "Standard drafted: shared with managers");
}

TEST_CASE("update: a note is appended to the progress list in its own layout, comments and blank lines kept") {
    std::string before =
        "# top comment\t with a tab\n"
        "actions:\n"
        "- id: MO-1   # the id\n"
        "  title: 'Introduce a supervision standard'\n"
        "  theme: oversight\n"
        "  recommendations: [1]\n"
        "  leads: [\"Head of Service\"]\n"
        "  due: 2024-09\n"
        "  status: in-progress\n"
        "  progress:\n"
        "  -   date: 2024-05-20\n"
        "      note: |\n"
        "        Drafted.\n"
        "        # not a comment: block text\n"
        "  # trailing comment\n"
        "\n"
        "  measures: [supervision-on-time]\n";
    auto u = note("Line one\nLine \"two\"");
    u.on = day("2024-06-02");
    u.rag = "";
    auto r = update(before, u);
    REQUIRE(r.added.empty());
    std::string expected = before;
    std::string anchor = "        # not a comment: block text\n";
    expected.insert(expected.find(anchor) + anchor.size(),
                    "  -   date: 2024-06-02\n"
                    "      note: \"Line one\\nLine \\\"two\\\"\"\n");
    CHECK(only_change(r) == expected);
    REQUIRE(r.after.actions[0].progress.size() == 2);
    CHECK(r.after.actions[0].progress[0].note == "Drafted.\n# not a comment: block text\n");
    CHECK(r.after.actions[0].progress[1].note == "Line one\nLine \"two\"");
}

TEST_CASE("update: CRLF, a byte order mark and a last line without a newline are kept") {
    std::string before = "\xEF\xBB\xBF" "actions:\r\n"
                         "  - id: MO-1\r\n"
                         "    title: \"Introduce a supervision standard\"\r\n"
                         "    theme: oversight\r\n"
                         "    recommendations: [1]\r\n"
                         "    leads: [\"Head of Service\"]\r\n"
                         "    due: 2024-09\r\n"
                         "    status: in-progress # still\r\n"
                         "    measures: [supervision-on-time]";
    ActionUpdate u = note("Done");
    u.status = "done";
    u.done = day("2024-06-20");
    auto r = update(before, u);
    REQUIRE(r.added.empty());
    std::string expected = "\xEF\xBB\xBF" "actions:\r\n"
                           "  - id: MO-1\r\n"
                           "    title: \"Introduce a supervision standard\"\r\n"
                           "    theme: oversight\r\n"
                           "    recommendations: [1]\r\n"
                           "    leads: [\"Head of Service\"]\r\n"
                           "    due: 2024-09\r\n"
                           "    status: done # still\r\n"
                           "    done: 2024-06-20\r\n"
                           "    measures: [supervision-on-time]\r\n"
                           "    progress:\r\n"
                           "      - date: 2024-06-30\r\n"
                           "        rag: green\r\n"
                           "        note: \"Done\"";
    CHECK(only_change(r) == expected);
    CHECK(*r.after.actions[0].status == Status::done);
}

TEST_CASE("update: a due date moves with its reason kept in the plan") {
    ActionUpdate u;
    u.action = "MO-1";
    u.due = *parse_due("2024-11").value;
    u.reason = "Board decision: wait for the new team";
    u.decision = "Board 20 Feb";
    u.on = day("2024-06-10");
    auto r = update(kActionYaml, u);
    REQUIRE(r.added.empty());
    std::string expected = kActionYaml;
    expected.replace(expected.find("due: 2024-09\n"), 13,
                     "due: 2024-11\n"
                     "    rescheduled:\n"
                     "      - from: 2024-09\n"
                     "        to: 2024-11\n"
                     "        on: 2024-06-10\n"
                     "        reason: \"Board decision: wait for the new team\"\n"
                     "        decision: \"Board 20 Feb\"\n");
    CHECK(only_change(r) == expected);
    REQUIRE(r.after.actions[0].rescheduled.size() == 1);
    CHECK(r.after.actions[0].rescheduled[0].reason == "Board decision: wait for the new team");
    CHECK(r.after.actions[0].rescheduled[0].from->text() == "2024-09");

    ActionUpdate no_reason = u;
    no_reason.reason.clear();
    CHECK_THROWS_AS(update(kActionYaml, no_reason), EditError);
}

TEST_CASE("update: a step's status and due date, in a quoted value") {
    std::string before = std::string(kActionYaml) +
                         "    steps:\n"
                         "      - title: \"First\"\n"
                         "        due: \"2024-07\"\n"
                         "        status: in-progress\n";
    ActionUpdate u;
    u.action = "MO-1";
    u.step = 1;
    u.due = *parse_due("2024-08").value;
    u.reason = "Late start";
    u.on = day("2024-06-10");
    auto r = update(before, u);
    REQUIRE(r.added.empty());
    REQUIRE(r.after.actions[0].steps.size() == 1);
    CHECK(r.after.actions[0].steps[0].due->text() == "2024-08");
    CHECK(only_change(r).find("        due: \"2024-08\"\n        rescheduled:\n          - from: 2024-07\n") !=
          std::string::npos);
}

TEST_CASE("update: a change that adds an error is refused with it") {
    ActionUpdate u;
    u.action = "MO-1";
    u.status = "done";  // without a done date
    auto r = update(kActionYaml, u);
    CHECK(!r.added.empty());
}

TEST_CASE("update: a flow-style progress list is refused clearly") {
    std::string before = std::string(kActionYaml) + "    progress: [{date: 2024-05-01, note: x}]\n";
    CHECK_THROWS_WITH_AS(update(before, note("y")), doctest::Contains("brackets"), EditError);
}

TEST_CASE("update: an unknown action suggests the nearest id") {
    ActionUpdate u = note("x");
    u.action = "MO-2";
    CHECK_THROWS_WITH_AS(update(kActionYaml, u), doctest::Contains("did you mean 'MO-1'"), EditError);
}
