// plan status [REPO]: where the plan stands at the as-of date.
#include <iostream>

#include "commands.hpp"
#include "query/calendar.hpp"
#include "query/status_view.hpp"
#include "model/terminal_safe.hpp"
#include "view_options.hpp"

namespace plan::cli {
namespace {

struct StatusCommandOptions {
    ViewOptions view;
    std::string quiet = "8w";
};

int run_status(const StatusCommandOptions& o) {
    int code = kOk;
    LoadedView loaded = load_for_view(o.view, code);
    if (code != kOk) return code;
    const Repository& repo = loaded.checked.repo;
    StatusOptions options;
    options.filter = make_filter(o.view, repo);
    options.window_days = window_end(o.view.window, loaded.as_of, repo) - loaded.as_of;
    auto quiet = parse_duration_days(o.quiet, loaded.as_of);
    if (!quiet.value) throw UsageError("--quiet-after: " + terminal_safe(quiet.error));
    options.quiet_days = *quiet.value;

    StatusView view = build_status(repo, loaded.as_of, options);
    const auto& format = chosen_format(status_formats(), o.view.format, "");
    write_force_banner(loaded.errors, format.info);
    format.write(std::cout, {view, terminal_style(o.view)});
    return kOk;
}

}  // namespace

Command status_command(CLI::App& app) {
    auto o = std::make_shared<StatusCommandOptions>();
    auto* cmd = app.add_subcommand("status", "Where the plan stands: progress, what needs attention, recommendations, KPIs");
    add_view_options(*cmd, o->view, format_infos(status_formats()));
    cmd->add_option("--quiet-after", o->quiet,
                    "Flag open actions with no progress note for longer than this (e.g. 8w, 60d); default 8w")
        ->type_name("TIME");
    return {cmd, [o]() { return run_status(*o); }};
}

}  // namespace plan::cli
