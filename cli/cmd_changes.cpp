// plan changes [REPO] --since REV|DATE: what changed, from git history.
#include <iostream>

#include "commands.hpp"
#include "history/read_history.hpp"
#include "query/meeting_resolve.hpp"
#include "query/report_view.hpp"
#include "render/changes/changes.hpp"
#include "format_choice.hpp"
#include "view_options.hpp"

namespace plan::cli {
namespace {

struct ChangesOptions {
    std::string repo;
    AsOf as_of;
    HistoryRequest request;
    std::string date;
    std::string format;
    ColorChoice color;
    int width = 0;
    bool include_exempt = false;
};

int run_changes(ChangesOptions& o) {
    Date as_of = o.as_of.resolve();
    RepoLocation where = locate_repository(o.repo);
    HistoryRequest request = o.request;
    if (!o.date.empty()) request.paper_date = parse_request_date("--date", o.date);
    request.changes = !request.since.empty() || !request.meeting.empty() || !request.slippage;
    HistoryResult history = read_history(where.root, as_of, request);

    // Exempt information (Schedule 12A) appears only on request, and marked.
    if (!o.include_exempt) {
        if (history.changes) history.changes = without_exempt(*history.changes);
        if (history.slippage) history.slippage = without_exempt(*history.slippage);
    }
    ChangesReport report;
    report.include_exempt = o.include_exempt;
    if (history.changes) report.changes = &*history.changes;
    if (history.slippage) report.slippage = &*history.slippage;
    ViewOptions view;
    view.color = o.color;
    view.width = o.width;
    chosen_format(changes_formats(), o.format, "").write(std::cout, {report, terminal_style(view)});
    return kOk;
}

}  // namespace

Command changes_command(CLI::App& app) {
    auto o = std::make_shared<ChangesOptions>();
    auto* cmd = app.add_subcommand(
        "changes", "What changed in the plan between two revisions or dates, and how due dates slipped (git history)");
    cmd->add_option("REPO", o->repo, "The plan repository (default: the nearest folder upwards holding plan.yaml)");
    add_as_of_option(*cmd, o->as_of);
    cmd->add_option("--since", o->request.since, "Start: a revision (commit, tag, branch) or a date YYYY-MM-DD")
        ->type_name("REV|DATE");
    cmd->add_option("--until", o->request.until,
                    "End: a revision or a date (default: the working tree if it has changes, else HEAD)")
        ->type_name("REV|DATE");
    cmd->add_option("--meeting", o->request.meeting,
                    "Start at this meeting's previous date before the paper's date (next listed date, or --date)")
        ->type_name("ID");
    cmd->add_option("--date", o->date, "The paper's date, with --meeting (YYYY-MM-DD)")->type_name("DATE");
    cmd->add_flag("--slippage", o->request.slippage,
                  "Also list, over the whole history, how often and how far each action's due date moved later");
    cmd->add_flag("--include-exempt", o->include_exempt,
                  "Include actions and notes marked exempt (Schedule 12A, Part II), each marked EXEMPT");
    FormatList formats = format_infos(changes_formats());
    add_format_option(*cmd, o->format, formats, format_names(formats));
    add_color_option(*cmd, o->color);
    cmd->add_option("--width", o->width, "Width of text output in columns")->check(CLI::Range(40, 1000));
    return {cmd, [o]() { return run_changes(*o); }};
}

}  // namespace plan::cli
