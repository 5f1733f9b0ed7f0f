// plan overdue [REPO]: what is late, and what falls due soon, with its lead.
#include <iostream>

#include "commands.hpp"
#include "query/calendar.hpp"
#include "query/overdue_view.hpp"
#include "view_options.hpp"

namespace plan::cli {
namespace {

struct OverdueCommandOptions {
    ViewOptions view;
    std::string by = "none";
    bool fail_if_any = false;
};

Grouping grouping_of(const std::string& by) {
    if (by == "lead") return Grouping::lead;
    if (by == "theme") return Grouping::theme;
    if (by == "recommendation") return Grouping::recommendation;
    return Grouping::none;
}

int run_overdue(const OverdueCommandOptions& o) {
    int code = kOk;
    LoadedView loaded = load_for_view(o.view, code);
    if (code != kOk) return code;
    const Repository& repo = loaded.checked.repo;
    ActionFilter filter = make_filter(o.view, repo);

    OverdueView view = build_overdue(repo, loaded.as_of, window_end(o.view.window, loaded.as_of, repo), filter, grouping_of(o.by));
    const auto& format = chosen_format(overdue_formats(), o.view.format, "");
    write_force_banner(loaded.errors, format.info);
    format.write(std::cout, {view, terminal_style(o.view)});
    return o.fail_if_any && !view.overdue.empty() ? kFindings : kOk;
}

}  // namespace

Command overdue_command(CLI::App& app) {
    auto o = std::make_shared<OverdueCommandOptions>();
    auto* cmd = app.add_subcommand("overdue", "What is overdue and what falls due soon, with who leads it");
    add_view_options(*cmd, o->view, format_infos(overdue_formats()));
    cmd->add_option("--by", o->by, "Group the list by lead, theme or recommendation")
        ->check(CLI::IsMember({"none", "lead", "theme", "recommendation"}));
    cmd->add_flag("--fail-if-any", o->fail_if_any, "Exit 1 when anything is overdue (for CI gates)");
    return {cmd, [o]() { return run_overdue(*o); }};
}

}  // namespace plan::cli
