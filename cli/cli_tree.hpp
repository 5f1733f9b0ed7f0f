#pragma once
// The command tree as the man pages and shell completions see it, read from
// the CLI11 definitions, so that neither can drift from --help.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace plan::cli {

struct OptionInfo {
    std::vector<std::string> names;  // "--format", "-o"
    std::string value_name;          // "DATE", "" for a flag
    std::vector<std::string> choices;
    std::string description;
    bool positional = false;  // then names holds its one name, e.g. "REPO"
};

struct CommandInfo {
    std::string name;  // "validate"; "plan" for the root
    std::string description;
    std::vector<OptionInfo> options;  // in --help order, positionals first
};

// Only commands shown in --help (the internal ones have an empty group).
std::vector<CommandInfo> command_tree(const CLI::App& root);
CommandInfo describe_command(const CLI::App& cmd);

// The options whose values come from plan.yaml: meeting ids, theme ids.
bool takes_meeting_id(const OptionInfo& o);
bool takes_theme_id(const OptionInfo& o);

}  // namespace plan::cli
