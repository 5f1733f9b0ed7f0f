#pragma once
// What a command-line mistake prints: CLI11's reason, a did-you-mean for a
// mistyped option, and the help of the command the mistake was made in.
#include <CLI/CLI.hpp>

#include <string>

namespace plan::cli {

// The subcommand the words typed reached ("plan validate"), or "plan".
std::string command_path(const CLI::App& root);

// The text for CLI11's failure_message: "plan: ...\nRun 'plan validate --help' ...".
std::string usage_message(const CLI::App& root, const CLI::Error& e);

}  // namespace plan::cli
