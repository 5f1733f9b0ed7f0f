// plan validate [REPO]: every schema and consistency finding, positioned.
#include <fmt/format.h>

#include <iostream>
#include <optional>
#include <sstream>

#include "check/catalogue.hpp"
#include "commands.hpp"
#include "history/git_repo.hpp"
#include "common.hpp"
#include "format_choice.hpp"
#include "output/atomic_file.hpp"
#include "report_output.hpp"

namespace plan::cli {
namespace {

struct ValidateOptions {
    std::string repo;
    std::string at;
    AsOf as_of;
    bool strict = false;
    bool staged = false;
    bool list_checks = false;
    std::string format = "auto";
    ColorChoice color;
};

int list_checks() {
    for (const auto& c : check_catalogue())
        std::cout << fmt::format("{:<20} {:<8} {}\n", c.name, c.severity == Severity::error ? "error" : "warning",
                                 c.summary);
    return kOk;
}

std::string resolve_format(const std::string& format) {
    if (format != "auto") return format;
    const char* gha = std::getenv("GITHUB_ACTIONS");
    return gha && std::string(gha) == "true" ? "github" : "text";
}

// GitHub shows a handful of annotations per step; the step summary shows
// all. The variable is refused as -o would be when it names the plan's own
// files, so that a hostile workflow cannot have plan append to the plan.
std::string github_summary_path(const RepoLocation& where, const Repository& repo) {
    const char* path = std::getenv("GITHUB_STEP_SUMMARY");
    if (!path || !*path) return {};
    check_output_path(path, where, repo, "$GITHUB_STEP_SUMMARY");
    return path;
}

// Without blocking on a pipe nobody reads; a failed write is an IoError (exit 3).
void append_github_summary(const std::string& path, const DiagnosticsView& view) {
    if (path.empty()) return;
    std::ostringstream summary;
    write_diagnostics_markdown_summary(summary, view);
    try {
        append_to_file(path, summary.str());
    } catch (const OutputError& e) {
        throw IoError(std::string("$GITHUB_STEP_SUMMARY: ") + e.what());
    }
}

// --staged: the files as `git commit` would commit them (the index), for a
// pre-commit hook; what is not staged is not looked at.
CheckedRepository load_staged(const RepoLocation& where, Date as_of) {
    std::optional<GitRepo> git;
    try {
        git.emplace(where.root, GitRepo::index_only);
    } catch (const HistoryError& e) {
        if (e.kind != HistoryError::not_a_repository) throw;
        throw UsageError("--staged checks the files staged for a git commit, but the plan's folder is not in a git "
                         "repository; run plan validate without --staged, or git init first");
    }
    return check_repository(git->files_at(git->index_tree()), as_of);
}

int run_validate(const ValidateOptions& o) {
    if (o.list_checks) return list_checks();
    if (o.staged && !o.at.empty())
        throw UsageError("--staged and --at each say which files to check (the index, or a revision); give one of them");
    Date as_of = o.as_of.resolve();
    RepoLocation where = locate_repository(o.repo);
    CheckedRepository checked = o.staged ? load_staged(where, as_of) : load_checked(where, as_of, o.at);
    if (o.strict)
        for (auto& d : checked.diagnostics) d.severity = Severity::error;

    DiagnosticsView view{checked.diagnostics, checked.repo.files, where.prefix};
    const auto& format = chosen_format(diagnostics_formats(), resolve_format(o.format), "");
    std::string summary = format.info.name == "github" ? github_summary_path(where, checked.repo) : std::string();
    // Excerpts quote the working tree, so not for a past revision.
    TextStyle style{is_terminal(2) && o.at.empty() && !o.staged, o.color.enabled(2)};
    format.write(default_stream(format.info), {view, style, disk_lines(where, checked.repo.files)});
    // The summary step shows every finding; the annotations only a few.
    if (format.info.name == "github") append_github_summary(summary, view);
    std::cout.flush();  // before the summary, so a terminal shows them in order (app.cpp checks it)
    std::cerr << diagnostics_summary(checked.diagnostics, checked.repo.files.size()) << '\n';
    if (checked.has_io_errors()) return kFailure;
    return checked.has_errors() ? kFindings : kOk;
}

}  // namespace

Command validate_command(CLI::App& app) {
    auto o = std::make_shared<ValidateOptions>();
    auto* cmd = app.add_subcommand("validate", "Check the plan's files against the schemas and the consistency rules");
    cmd->add_option("REPO", o->repo, "The plan repository (default: the nearest folder upwards holding plan.yaml)");
    add_as_of_option(*cmd, o->as_of);
    add_at_option(*cmd, o->at);
    cmd->add_flag("--staged", o->staged, "Check the files staged for commit (the git index), for pre-commit hooks");
    cmd->add_flag("--strict", o->strict, "Treat warnings as errors");
    FormatList formats = format_infos(diagnostics_formats());
    add_format_option(*cmd, o->format, formats, format_names(formats, ", ") + ", or auto (github under GitHub Actions)",
                      {"auto"});
    add_color_option(*cmd, o->color);
    cmd->add_flag("--list-checks", o->list_checks, "List every check by name and exit");
    return {cmd, [o]() { return run_validate(*o); }};
}

}  // namespace plan::cli
