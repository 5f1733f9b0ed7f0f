// Following symbolic links among the plan's files from their texts alone,
// as both the working tree and a git revision do.
#include <doctest/doctest.h>

#include <cerrno>
#include <map>
#include <system_error>

#include "load/link_target.hpp"

using namespace plan;

namespace {

// A plan folder given as its links: path -> text.
LinkTarget follow(const std::string& path, const std::map<std::string, std::string>& links) {
    return follow_links(path, [&](const std::string& p) -> std::optional<std::string> {
        auto it = links.find(p);
        return it == links.end() ? std::nullopt : std::optional<std::string>(it->second);
    });
}

}  // namespace

TEST_CASE("links: a path with no link is itself") {
    auto t = follow("actions/one.yaml", {});
    CHECK(t.path == "actions/one.yaml");
    CHECK(t.problem.empty());
}

TEST_CASE("links: a link is read from the folder that holds it, through other links") {
    CHECK(follow("actions/a.yaml", {{"actions/a.yaml", "one.yaml"}}).path == "actions/one.yaml");
    CHECK(follow("actions/a.yaml", {{"actions/a.yaml", "../library/./a.yaml"}}).path == "library/a.yaml");
    CHECK(follow("plan.yaml", {{"plan.yaml", "plans/2017.yaml"}}).path == "plans/2017.yaml");
    // A link to a folder on the way: "lib" stands for "shared", then ".." climbs from there.
    auto t = follow("actions/a.yaml", {{"actions/a.yaml", "../lib/x/../a.yaml"}, {"lib", "shared/deep"}});
    CHECK(t.path == "shared/deep/a.yaml");
    CHECK(follow("actions/up.yaml", {{"actions/up.yaml", ".."}}).path == "");
}

TEST_CASE("links: outside the plan's folder, a loop or an empty link is a problem, not a path") {
    auto abs = follow("actions/z.yaml", {{"actions/z.yaml", "/dev/zero"}});
    CHECK(abs.path.empty());
    CHECK(abs.problem.find("'/dev/zero', outside the plan's folder") != std::string::npos);
    auto up = follow("kpis/k.yaml", {{"kpis/k.yaml", "../../shared/k.yaml"}});
    CHECK(up.problem.find("'../../shared/k.yaml', outside") != std::string::npos);
    auto loop = follow("actions/a.yaml", {{"actions/a.yaml", "b.yaml"}, {"actions/b.yaml", "a.yaml"}});
    CHECK(loop.problem == "Too many levels of symbolic links");
    CHECK(follow("actions/e.yaml", {{"actions/e.yaml", ""}}).problem == "No such file or directory");
}

TEST_CASE("links: each name a path goes on from must be a folder, as the system resolves it") {
    auto link = [](const std::string& p) -> std::optional<std::string> {
        if (p == "actions/x.yaml") return std::string("../plan.yaml/../notes/real.yaml");
        return std::nullopt;
    };
    auto folders = [](const std::string& p) {
        if (p == "plan.yaml" || p == "notes/real.yaml") return ENOTDIR;
        return p == "actions" || p == "notes" ? 0 : ENOENT;
    };
    auto through_a_file = follow_links("actions/x.yaml", link, folders);
    CHECK(through_a_file.path.empty());
    CHECK(through_a_file.problem == std::error_code(ENOTDIR, std::generic_category()).message());
    auto through_nothing = follow_links("actions/x.yaml", [](const std::string& p) -> std::optional<std::string> {
        if (p == "actions/x.yaml") return std::string("../gone/../notes/real.yaml");
        return std::nullopt;
    }, folders);
    CHECK(through_nothing.problem == std::error_code(ENOENT, std::generic_category()).message());
    // Through real folders it still resolves.
    auto fine = follow_links("actions/x.yaml", [](const std::string& p) -> std::optional<std::string> {
        if (p == "actions/x.yaml") return std::string("../notes/../notes/real.yaml");
        return std::nullopt;
    }, folders);
    CHECK(fine.path == "notes/real.yaml");
}
