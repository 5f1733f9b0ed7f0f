// The document-tool runner: input, output and errors at once (a tool that
// writes while it reads must not stall), exit codes, and a missing program.
#include <doctest/doctest.h>

#include <string>

#include "output/run_tool.hpp"

using namespace plan;

TEST_CASE("run_tool: several megabytes through cat come back whole") {
    std::string input;
    for (int i = 0; input.size() < 3u << 20; ++i) input += "line " + std::to_string(i) + "\n";
    ToolResult r = run_tool({"cat"}, input);
    CHECK(r.started);
    CHECK(r.exit_code == 0);
    CHECK(r.out == input);
}

TEST_CASE("run_tool: standard error, the exit code and the environment given") {
    ToolResult r = run_tool({"sh", "-c", "echo \"$PLAN_TOOL_TEST\" >&2; exit 4"}, "", {"PLAN_TOOL_TEST=seen"});
    CHECK(r.started);
    CHECK(r.exit_code == 4);
    CHECK(r.err == "seen\n");
    CHECK(r.out.empty());
}

TEST_CASE("run_tool: a tool that stops reading early does not end the caller") {
    std::string input(1u << 20, 'x');
    ToolResult r = run_tool({"head", "-c", "10"}, input);
    CHECK(r.started);
    CHECK(r.out == std::string(10, 'x'));
}

TEST_CASE("run_tool: a program that is not installed is not started, and find_in_path says so") {
    ToolResult r = run_tool({"plan-no-such-tool-here"}, "input");
    CHECK_FALSE(r.started);
    CHECK(find_in_path("plan-no-such-tool-here").empty());
    CHECK_FALSE(find_in_path("sh").empty());
}
