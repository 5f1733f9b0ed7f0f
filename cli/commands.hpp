#pragma once
// Each command registers its options on the app and returns how to run it.
#include <CLI/CLI.hpp>

#include <functional>

namespace plan::cli {

struct Command {
    CLI::App* app;
    std::function<int()> run;
};

Command validate_command(CLI::App& app);
Command schema_command(CLI::App& app);
Command status_command(CLI::App& app);
Command overdue_command(CLI::App& app);
Command changes_command(CLI::App& app);
Command report_command(CLI::App& app);
Command update_command(CLI::App& app);
Command kpi_command(CLI::App& app);
// Registers `kpi import` under `kpi`; returns how to run it.
std::function<int()> add_kpi_import(CLI::App& kpi);
Command completion_command(CLI::App& app);
Command init_command(CLI::App& app);
// Internal, hidden from --help: ids for completion; man pages and
// completion scripts written at build time.
Command complete_ids_command(CLI::App& app);
Command generate_command(CLI::App& app);

}  // namespace plan::cli
