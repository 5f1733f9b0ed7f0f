#pragma once
// bash, zsh and fish completion scripts from the command tree (cli_tree.hpp).
// Meeting and theme ids come from `plan __complete meetings|themes`, run as
// the user types, so they follow the plan in the folder.
#include <string>
#include <vector>

#include "cli_tree.hpp"

namespace plan::cli {

// "" when `shell` is not bash, zsh or fish.
std::string completion_script(const std::string& shell, const CommandInfo& root,
                              const std::vector<CommandInfo>& commands);

}  // namespace plan::cli
