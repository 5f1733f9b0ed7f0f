// plan schema [NAME]: print the JSON Schemas the validator uses, for editors;
// plan schema --write DIR: write them all into DIR.
#include <filesystem>
#include <iostream>

#include "check/embedded_schemas.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "model/terminal_safe.hpp"
#include "output/atomic_file.hpp"

namespace plan::cli {
namespace {
namespace fs = std::filesystem;

// Every schema into `dir` (made if missing), each atomically. Nothing is
// written unless every target is absent or a regular file: a symbolic link,
// a folder or a device in the way is refused, naming it.
int write_schemas(const std::string& dir) {
    std::string shown_dir = terminal_safe(dir);
    std::error_code ec;
    auto dir_status = fs::symlink_status(dir, ec);
    if (fs::exists(dir_status) && !fs::is_directory(fs::status(dir, ec)))
        throw UsageError("--write: '" + shown_dir + "' is not a folder; name a folder for the schema files");
    std::vector<fs::path> targets;
    for (std::size_t i = 0; i < kEmbeddedSchemaCount; ++i) {
        fs::path target = fs::path(dir) / std::string(kEmbeddedSchemas[i].name);
        auto st = fs::symlink_status(target, ec);
        if (fs::exists(st) && !fs::is_regular_file(st))
            throw UsageError("--write: '" + terminal_safe(target.string()) +
                             "' exists and is not a regular file; move it away or name another folder");
        targets.push_back(target);
    }
    if (!fs::exists(dir_status) && !fs::create_directories(dir, ec) && ec)
        throw IoError("--write: could not make the folder '" + shown_dir + "': " + ec.message());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        try {
            write_file_atomically(targets[i].string(), kEmbeddedSchemas[i].text);
        } catch (const OutputError& e) {
            throw IoError(std::string("--write: ") + e.what());
        }
        std::cout << terminal_safe(targets[i].string()) << '\n';
    }
    return kOk;
}

}  // namespace

Command schema_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("schema", "Print a JSON Schema (plan, actions or kpi); with no name, list them");
    auto name = std::make_shared<std::string>();
    auto dir = std::make_shared<std::string>();
    cmd->add_option("NAME", *name, "plan, actions or kpi");
    cmd->add_option("--write", *dir, "Write every schema into DIR (made if missing), replacing older copies")
        ->type_name("DIR");
    return {cmd, [name, dir]() {
                if (!dir->empty()) {
                    if (!name->empty()) throw UsageError("--write writes every schema; give no NAME with it");
                    return write_schemas(*dir);
                }
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
