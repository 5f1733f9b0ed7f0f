#pragma once
// plan(1) and plan-COMMAND(1) in roff, from the command tree (cli_tree.hpp).
#include <string>
#include <vector>

#include "cli_tree.hpp"

namespace plan::cli {

std::string root_man_page(const CommandInfo& root, const std::vector<CommandInfo>& commands, const std::string& version);
std::string command_man_page(const CommandInfo& command, const std::string& version);

}  // namespace plan::cli
