// plan schema [NAME]: print the JSON Schemas the validator uses, for editors.
#include <iostream>

#include "check/embedded_schemas.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "model/terminal_safe.hpp"

namespace plan::cli {

Command schema_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("schema", "Print a JSON Schema (plan, actions or kpi); with no name, list them");
    auto name = std::make_shared<std::string>();
    cmd->add_option("NAME", *name, "plan, actions or kpi");
    return {cmd, [name]() {
                if (name->empty()) {
                    std::cout << "plan     plan.schema.json     plan.yaml\n"
                                 "actions  actions.schema.json  actions/*.yaml\n"
                                 "kpi      kpi.schema.json      kpis/*.yaml\n";
                    return int{kOk};
                }
                auto file = find_embedded_schema(*name);
                if (!file)
                    throw UsageError("no schema named '" + terminal_safe(*name) +
                                     "'; the schemas are plan, actions and kpi");
                std::cout << file->text;
                return int{kOk};
            }};
}

}  // namespace plan::cli
