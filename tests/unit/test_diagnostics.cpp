#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/diagnostics/diagnostics.hpp"

using namespace plan;

namespace {
const std::vector<SourceFile> kFiles = {{"plan.yaml", SourceFile::plan}, {"actions/a.yaml", SourceFile::actions}};
Diagnostics sample() {
    return {{Pos{1, 2, 13}, Severity::error, "schema", "status must be one of: done"},
            {Pos{0, 0, 0}, Severity::warning, "layout", "not read"}};
}
}  // namespace

TEST_CASE("diagnostics text: file:line:col, severity, message and check; a caret under the column") {
    Diagnostics d = sample();
    DiagnosticsView view{d, kFiles, "repo/"};
    std::ostringstream out;
    write_diagnostics_text(out, view, TextStyle{true, false}, [](std::uint32_t, std::uint32_t line) {
        return line == 2 ? std::string("    status: complet") : std::string();
    });
    CHECK(out.str() ==
          "repo/actions/a.yaml:2:13: error: status must be one of: done [schema]\n"
          "    2 |     status: complet\n"
          "      |             ^\n"
          "repo/plan.yaml: warning: not read [layout]\n");
}

TEST_CASE("diagnostics text: the caret counts characters, and wide ones take two columns") {
    // Column 15, the space before the 7: "    leads: [" is 12 characters, then
    // "日" (two columns wide) and the comma.
    Diagnostics d = {{Pos{1, 2, 15}, Severity::error, "schema", "not text"}};
    DiagnosticsView view{d, kFiles, ""};
    std::ostringstream out;
    write_diagnostics_text(out, view, TextStyle{true, false}, [](std::uint32_t, std::uint32_t) {
        return std::string("    leads: [\xE6\x97\xA5, 7]");
    });
    CHECK(out.str() ==
          "actions/a.yaml:2:15: error: not text [schema]\n"
          "    2 |     leads: [\xE6\x97\xA5, 7]\n"
          "      |                ^\n");
}

TEST_CASE("diagnostics text: control characters from a plan never reach the terminal") {
    Diagnostics d = {{Pos{1, 1, 1}, Severity::error, "schema", "bad \x1b[31mred\x1b[0m \xE2\x80\xAE"}};
    DiagnosticsView view{d, kFiles, ""};
    std::ostringstream out;
    write_diagnostics_text(out, view, TextStyle{}, nullptr);
    CHECK(out.str() == "actions/a.yaml:1:1: error: bad \\x1b[31mred\\x1b[0m \\u{202E} [schema]\n");
}

TEST_CASE("diagnostics: GitHub annotations escape what would end a property or a line") {
    Diagnostics d = {{Pos{1, 3, 4}, Severity::warning, "kpi-stale", "no data: 50%\nnext"}};
    std::vector<SourceFile> files = {{"plan.yaml", SourceFile::plan}, {"actions/a,b:c.yaml", SourceFile::actions}};
    DiagnosticsView view{d, files, ""};
    std::ostringstream out;
    write_diagnostics_github(out, view);
    CHECK(out.str() == "::warning file=actions/a%2Cb%3Ac.yaml,line=3,col=4,title=plan validate [kpi-stale]::no data: "
                       "50%25%0Anext\n");
}

TEST_CASE("diagnostics: GitHub annotations carry no control character from a file name or a message") {
    Diagnostics d = {{Pos{1, 0, 0}, Severity::warning, "layout", "not read: \x1b]0;title\x07 \xE2\x80\xAE \xC2\x9B"}};
    std::vector<SourceFile> files = {{"plan.yaml", SourceFile::plan},
                                     {"actions/\x1b[31mred\x7f\xE2\x81\xA6\xEF\xBB\xBF\xff.txt", SourceFile::actions}};
    DiagnosticsView view{d, files, ""};
    std::ostringstream out;
    write_diagnostics_github(out, view);
    CHECK(out.str() == "::warning file=actions/%1B[31mred%7F%E2%81%A6%EF%BB%BF%FF.txt,title=plan validate [layout]::"
                       "not read: %1B]0;title%07 %E2%80%AE %C2%9B\n");
}

TEST_CASE("diagnostics: the GitLab fingerprint does not move with the line") {
    Diagnostics a = {{Pos{1, 3, 4}, Severity::error, "schema", "m"}};
    Diagnostics b = {{Pos{1, 9, 4}, Severity::error, "schema", "m"}};
    std::ostringstream x, y;
    write_diagnostics_gitlab(x, DiagnosticsView{a, kFiles, ""});
    write_diagnostics_gitlab(y, DiagnosticsView{b, kFiles, "elsewhere/"});
    auto fp = [](const std::string& s) { return s.substr(s.find("\"fingerprint\""), 40); };
    CHECK(fp(x.str()) == fp(y.str()));
}

TEST_CASE("diagnostics: a GitLab report names a file exactly, with no control character raw") {
    Diagnostics d = {{Pos{1, 0, 0}, Severity::warning, "layout", "not read"}};
    const std::string name = "actions/x\xE2\x80\xAEtxt\x1b\xC2\x9B.yaml";
    std::vector<SourceFile> files = {{"plan.yaml", SourceFile::plan}, {name, SourceFile::actions}};
    std::ostringstream out;
    write_diagnostics_gitlab(out, DiagnosticsView{d, files, ""});
    CHECK(out.str().find("\"path\": \"actions/x\\u202etxt\\u001b\\u009b.yaml\"") != std::string::npos);
    CHECK(nlohmann::json::parse(out.str())[0]["location"]["path"] == name);
}

TEST_CASE("diagnostics summary: counts in words") {
    CHECK(diagnostics_summary({}, 1) == "no problems in 1 file");
    CHECK(diagnostics_summary(sample(), 4) == "1 error and 1 warning in 4 files");
}
