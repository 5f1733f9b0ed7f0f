#include "app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>

#include "commands.hpp"
#include "check/suggest.hpp"
#include "common.hpp"
#include "history/git_repo.hpp"
#include "model/terminal_safe.hpp"

namespace plan::cli {
namespace {

// Messages echo what was typed (a revision, a path, an id): any control
// character in them is shown as a visible escape, never sent to the terminal.
void say(const std::string& message) { std::cerr << "plan: " << terminal_safe(message) << '\n'; }

// Everything a command prints to standard output (a view, findings, a
// schema, --help, --version) goes through std::cout. Checked here, once for
// every command: output that could not all be written (a full disk,
// /dev/full, a closed pipe) fails the run instead of ending in exit 0.
int with_stdout_checked(int code) {
    errno = 0;
    if (std::cout.flush()) return code;
    std::string reason = errno ? std::string(": ") + std::strerror(errno) : std::string();
    say("could not write to standard output" + reason +
        "; the output is incomplete: send it where it can be written in full (a disk with room, a pipe read to the end)");
    return kFailure;
}

int run_command(int argc, char** argv) {
    CLI::App app{"plan: an improvement plan kept as YAML in git, checked and reported on.\n"
                 "Run 'plan COMMAND --help' for a command's options; docs/commands.md has examples.",
                 "plan"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "plan 0.1.0");
    // A usage error says what is wrong and where to look, without the help
    // text burying it or CLI11's class names in front of it.
    app.failure_message([](const CLI::App* cmd, const CLI::Error& e) {
        std::string where = cmd && cmd->get_parent() ? "plan " + cmd->get_name() : "plan";
        return fmt::format("plan: {}\nRun '{} --help' for the options.\n", terminal_safe(e.what()), where);
    });

    std::vector<Command> commands;
    commands.push_back(validate_command(app));
    commands.push_back(status_command(app));
    commands.push_back(overdue_command(app));
    commands.push_back(changes_command(app));
    commands.push_back(report_command(app));
    commands.push_back(schema_command(app));
    commands.push_back(update_command(app));
    commands.push_back(kpi_command(app));

    if (argc >= 2 && argv[1][0] != '-') {
        std::string name = argv[1];
        std::vector<std::string> names;
        for (const auto& c : commands) names.push_back(c.app->get_name());
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            std::string hint = closest(name, names);
            std::cerr << fmt::format("plan: unknown command '{}'{}; the commands are: {}\nRun 'plan --help' for more.\n",
                                     terminal_safe(name), hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint),
                                     fmt::join(names, ", "));
            return kUsage;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 uses its own exit codes (100 and up); a usage error is 2 here.
        int code = app.exit(e, std::cout, std::cerr);
        return code == 0 ? kOk : kUsage;
    }
    try {
        for (auto& c : commands)
            if (c.app->parsed()) return c.run();
    } catch (const UsageError& e) {
        say(e.what());
        return kUsage;
    } catch (const HistoryError& e) {
        say(e.what());
        bool environment = e.kind == HistoryError::shallow || e.kind == HistoryError::git_failed;
        return environment ? kFailure : kUsage;
    } catch (const IoError& e) {
        say(e.what());
        return kFailure;
    } catch (const std::exception& e) {
        say(std::string("internal error: ") + e.what());
        return kFailure;
    } catch (...) {
        std::cerr << "plan: internal error\n";
        return kFailure;
    }
    return kUsage;
}

}  // namespace

int run(int argc, char** argv) {
    // Under a file size limit (ulimit -f, a quota'd CI sandbox) a write past
    // it raises SIGXFSZ, which would kill plan with no message and leave the
    // temporary file. Ignored, the write fails with EFBIG instead, and the
    // failure is reported and cleaned up like any other.
    std::signal(SIGXFSZ, SIG_IGN);
    return with_stdout_checked(run_command(argc, argv));
}

}  // namespace plan::cli
