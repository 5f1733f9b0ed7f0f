#pragma once
// Writing validation findings, one function per output format, each to the
// stream it is given.
#include <functional>
#include <ostream>
#include <string>

#include "model/diagnostic.hpp"
#include "model/plan.hpp"
#include "render/common/formats.hpp"

namespace plan {

struct DiagnosticsView {
    const Diagnostics& diagnostics;
    const std::vector<SourceFile>& files;
    std::string path_prefix;  // put before each repository path, e.g. "examples/leicestershire-2017/"
    std::string path(Pos pos) const;
};

// Returns the text of a line of a file, for the excerpt under a finding.
using LineSource = std::function<std::string(std::uint32_t file, std::uint32_t line)>;

struct TextStyle {
    bool excerpts = false;  // the source line and a caret under the column
    bool color = false;
};

// file:line:col: error: message [check]
void write_diagnostics_text(std::ostream& out, const DiagnosticsView& view, const TextStyle& style,
                            const LineSource& lines);
// {"schema_version": 1, "diagnostics": [...], ...}
void write_diagnostics_json(std::ostream& out, const DiagnosticsView& view);
// GitHub Actions workflow commands (::error file=...::message)
void write_diagnostics_github(std::ostream& out, const DiagnosticsView& view);
// A Markdown table of every finding, for $GITHUB_STEP_SUMMARY
void write_diagnostics_markdown_summary(std::ostream& out, const DiagnosticsView& view);
// GitLab Code Quality report (JSON)
void write_diagnostics_gitlab(std::ostream& out, const DiagnosticsView& view);

// What a validate format writes: the findings, and for text the excerpt style
// and where the quoted lines come from.
struct DiagnosticsOutput {
    const DiagnosticsView& view;
    TextStyle style;
    LineSource lines;
};
// The formats of `plan validate`; the first is the default.
const FormatTable<DiagnosticsOutput>& diagnostics_formats();

// "2 errors and 1 warning in 17 files" / "no problems in 17 files"
std::string diagnostics_summary(const Diagnostics& diagnostics, std::size_t files);

}  // namespace plan
