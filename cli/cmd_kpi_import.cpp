// plan kpi import FILE.csv: a CSV export's figures, all or none.
#include "commands.hpp"
#include "common.hpp"

namespace plan::cli {

std::function<int()> add_kpi_import(CLI::App& kpi) {
    auto* cmd = kpi.add_subcommand("import", "Add the figures of a CSV export, as a rules file maps its columns");
    (void)cmd;
    return []() { return static_cast<int>(kUsage); };
}

}  // namespace plan::cli
