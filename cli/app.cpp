#include "app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <csignal>
#include <cstring>
#include <iostream>
#include <new>

#include <unistd.h>

#include "commands.hpp"
#include "model/suggest.hpp"
#include "common.hpp"
#include "history/git_repo.hpp"
#include "query/meeting_resolve.hpp"
#include "model/terminal_safe.hpp"
#include "output/atomic_file.hpp"
#include "plan_version.hpp"
#include "usage_message.hpp"

namespace plan::cli {
namespace {

// Messages echo what was typed (a revision, a path, an id): any control
// character in them is shown as a visible escape, never sent to the terminal.
void say(const std::string& message) { std::cerr << "plan: " << terminal_safe(message) << '\n'; }

// Everything a command prints to standard output (a view, findings, a
// schema, --help, --version) goes through std::cout. Checked here, once for
// every command: output that could not all be written (a full disk,
// /dev/full) fails the run instead of ending in exit 0. A pipe whose reader
// has gone (`plan status | head`) is not a failure: the reader took what it
// wanted, as with `git log | head`; the run ends quietly with the status it
// would have had (docs/commands.md, "Exit codes").
int with_stdout_checked(int code) {
    errno = 0;
    if (std::cout.flush()) return code;
    if (reader_has_gone(STDOUT_FILENO)) return code;
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
    add_global_color_option(app);
    app.set_version_flag("--version", "plan " PLAN_VERSION " (" PLAN_COMMIT ")");
    // A usage error says what is wrong and where to look, without the help
    // text burying it or CLI11's class names in front of it.
    app.failure_message([&app](const CLI::App*, const CLI::Error& e) { return usage_message(app, e); });

    std::vector<Command> commands;
    commands.push_back(validate_command(app));
    commands.push_back(status_command(app));
    commands.push_back(overdue_command(app));
    commands.push_back(changes_command(app));
    commands.push_back(report_command(app));
    commands.push_back(schema_command(app));
    commands.push_back(update_command(app));
    commands.push_back(kpi_command(app));
    commands.push_back(init_command(app));
    commands.push_back(completion_command(app));
    commands.push_back(complete_ids_command(app));
    commands.push_back(generate_command(app));

    if (argc >= 2 && argv[1][0] != '-') {
        std::string name = argv[1];
        std::vector<std::string> names;
        for (const auto& c : commands)
            if (!c.app->get_group().empty()) names.push_back(c.app->get_name());
        if (std::find(names.begin(), names.end(), name) == names.end() && name.rfind("__", 0) != 0) {
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
    } catch (const RequestError& e) {
        say(e.what());
        return kUsage;
    } catch (const HistoryError& e) {
        say(e.what());
        bool environment = e.kind == HistoryError::shallow || e.kind == HistoryError::git_failed;
        return environment ? kFailure : kUsage;
    } catch (const IoError& e) {
        say(e.what());
        return kFailure;
    } catch (const std::bad_alloc&) {
        // Also from a reader thread: parallel.hpp carries it here.
        say("out of memory: the plan or its history needs more memory than this process may use "
            "(ulimit -v, a container's limit); raise the limit or read a smaller repository");
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

// Address space set aside at start, a part given back each time memory runs
// out. Some destructors allocate (nlohmann::json frees a large value through
// a vector of its children), and one that cannot while a std::bad_alloc
// unwinds ends the process by std::terminate; with a part released they
// can, and the bad_alloc reaches run_command as "out of memory". Several
// parts, as each reader thread may run out in turn. Never touched, so they
// cost no memory, only address space, which is what `ulimit -v` limits.
constexpr int kReserveParts = 8;
std::atomic<void*> g_reserve[kReserveParts];

void release_reserve_and_fail() {
    for (auto& part : g_reserve)
        if (void* p = part.exchange(nullptr)) {
            std::free(p);
            break;
        }
    throw std::bad_alloc();
}

}  // namespace

int run(int argc, char** argv) {
    for (auto& part : g_reserve) part = std::malloc(std::size_t{4} << 20);
    std::set_new_handler(release_reserve_and_fail);
    // Under a file size limit (ulimit -f, a quota'd CI sandbox) a write past
    // it raises SIGXFSZ, which would kill plan with no message and leave the
    // temporary file. Ignored, the write fails with EFBIG instead, and the
    // failure is reported and cleaned up like any other.
    std::signal(SIGXFSZ, SIG_IGN);
    // A closed pipe shows as EPIPE on the write, the same for every command
    // (with_stdout_checked), instead of a silent death by SIGPIPE in some
    // commands and an error in others. Children get the default back
    // (history/process.cpp).
    std::signal(SIGPIPE, SIG_IGN);
    return with_stdout_checked(run_command(argc, argv));
}

}  // namespace plan::cli
