// plan kpi add KPI PERIOD VALUE, and plan kpi import FILE.csv (kpi_import.cpp).
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "edit/kpi_add.hpp"
#include "edit/kpi_number.hpp"
#include "model/terminal_safe.hpp"
#include "write_support.hpp"

namespace plan::cli {
namespace {

struct KpiAddOptions {
    std::string repo;
    AsOf as_of;
    WriteOptions write;
    std::string kpi, period, value, note, reason;
    bool restate = false;
};

int run_kpi_add(const KpiAddOptions& o) {
    auto period = parse_period(o.period);
    if (!period.value) throw UsageError(fmt::format("PERIOD '{}': {}", o.period, period.error));
    auto number = read_kpi_number(o.value);
    if (!number) throw UsageError(fmt::format("VALUE '{}' is not a number; write it as 12 or 12.5 (for 12.5% write 12.5)", o.value));
    if (o.restate != !o.reason.empty())
        throw UsageError("a restatement needs both --restate and --reason TEXT (why the figure changed)");
    KpiFigure f{o.kpi, *period.value, number->value, number->text, o.note};
    Date as_of = o.as_of.resolve();
    RepoLocation where = locate_repository(o.repo);
    bool already = false;
    int code = run_write(where, as_of, o.write, o.kpi, [&](PlanEditor& editor) {
        already = add_kpi_figure(editor, f, o.reason) == FigureOutcome::already_there;
    });
    if (already && code == kOk)
        std::cerr << fmt::format("plan: KPI {} already has {} for {}\n", terminal_safe(o.kpi), number->text,
                                 period.value->text);
    return code;
}

}  // namespace

Command kpi_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("kpi", "Add KPI figures: one (kpi add) or a CSV export's (kpi import)");
    cmd->require_subcommand(1);

    auto o = std::make_shared<KpiAddOptions>();
    auto* add = cmd->add_subcommand("add", "Add one figure to a KPI, in period order");
    add->add_option("KPI", o->kpi, "The KPI's id, e.g. repeat-cp-plans")->required();
    add->add_option("PERIOD", o->period, "The period: 2018-04, 2018, 2018/19, \"2018/19 Q1\" or a day")->required();
    add->add_option("VALUE", o->value, "The figure, in the KPI's unit (for 12.5% write 12.5)")->required();
    add->add_option("--note", o->note, "A note on the figure");
    add->add_flag("--restate", o->restate, "Replace a different figure already there (needs --reason)");
    add->add_option("--reason", o->reason, "Why the figure is restated; kept in the plan with the old figure");
    add->add_option("--repo", o->repo, "The plan repository (default: the nearest folder upwards holding plan.yaml)");
    add_as_of_option(*add, o->as_of);
    add_write_options(*add, o->write);

    auto run_import = add_kpi_import(*cmd);
    return {cmd, [add, o, run_import]() {
                if (add->parsed()) return run_kpi_add(*o);
                return run_import();
            }};
}

}  // namespace plan::cli
