#pragma once
// What every command shares: exit codes, the as-of date (the one place the
// clock is read), finding the repository, colour and terminal decisions.
#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

#include "check/check_repository.hpp"
#include "model/date.hpp"
#include "render/diagnostics/diagnostics.hpp"

namespace plan::cli {

enum Exit : int { kOk = 0, kFindings = 1, kUsage = 2, kFailure = 3 };

// A mistake on the command line: reported with exit code 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// A file or the system let us down: reported with exit code 3.
struct IoError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// --as-of DATE, default today in local time.
struct AsOf {
    std::string text;
    Date resolve() const;
};
void add_as_of_option(CLI::App& cmd, AsOf& as_of);

// --color auto|always|never on a command; empty takes the global
// `plan --color` (default auto). docs/commands.md gives the precedence.
struct ColorChoice {
    std::string mode;
    bool enabled(int fd) const;
};
void add_color_option(CLI::App& cmd, ColorChoice& color);
void add_global_color_option(CLI::App& app);

// Where the repository is, and how to write its paths for the user.
struct RepoLocation {
    std::string root;    // absolute
    std::string prefix;  // put before repository paths in messages ("" or "examples/x/")
};
// `arg` empty: search upward from the working directory.
RepoLocation locate_repository(const std::string& arg);

// --at REV|DATE: read the plan as it stood at a revision, or at the last commit
// on or before a date, instead of the working tree.
CLI::Option* add_at_option(CLI::App& cmd, std::string& at);

// Reads and checks the plan's files: the working tree's, or those of
// revision `at` when it is not empty (the working tree is not touched).
CheckedRepository load_checked(const RepoLocation& where, Date as_of, const std::string& at = "");

// Reads a source line back from disk for excerpts under findings.
LineSource disk_lines(const RepoLocation& where, const std::vector<SourceFile>& files);

bool is_terminal(int fd);

}  // namespace plan::cli
