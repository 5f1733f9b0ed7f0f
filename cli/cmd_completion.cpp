// plan completion bash|zsh|fish: a completion script for the shell.
// Two internal commands, hidden from --help: `plan __complete meetings|themes`
// lists the ids the scripts offer, and `plan __generate DIR` writes the man
// pages (DIR/man1) and the completion scripts (DIR/completions) at build time. Both read the command tree from the same CLI11 definitions
// as --help.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>

#include "cli_tree.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "completion_scripts.hpp"
#include "load/file_system.hpp"
#include "man_pages.hpp"
#include "output/atomic_file.hpp"
#include "plan_version.hpp"

namespace plan::cli {
namespace {

// The ids in plan.yaml's top-level `meetings:` or `themes:` list, by a line
// scan rather than a parse: completion runs on every Tab and must be quick
// and quiet on any file. Only plain ids (letters, digits, . _ -) are offered,
// so nothing typed into the plan reaches the shell.
std::vector<std::string> plan_ids(const std::string& list) {
    std::vector<std::string> ids;
    auto root = find_repository_root(".");
    if (!root) return ids;
    std::ifstream in(std::filesystem::path(*root) / "plan.yaml", std::ios::binary);
    static const std::regex item(R"(^(\s*)-\s+id:\s*["']?([A-Za-z0-9._-]+)["']?\s*(#.*)?\r?$)");
    bool inside = false;
    std::string first_indent;
    std::size_t lines = 0;
    for (std::string line; ids.size() < 1000 && ++lines < 100000 && std::getline(in, line);) {
        if (!line.empty() && line[0] != ' ' && line[0] != '#' && line[0] != '-') {
            inside = line.rfind(list + ":", 0) == 0;
            first_indent.clear();
            continue;
        }
        std::smatch m;
        if (!inside || line.size() > 400 || !std::regex_match(line, m, item)) continue;
        if (first_indent.empty()) first_indent = m[1].str() + "x";
        if (m[1].str() + "x" == first_indent) ids.push_back(m[2].str());
    }
    return ids;
}

void write_generated(const std::filesystem::path& path, const std::string& content) {
    try {
        write_file_atomically(path.string(), content);
    } catch (const OutputError& e) {
        throw IoError(e.what());
    }
}

int write_generated_files(const CLI::App& root, const std::string& dir) {
    namespace fs = std::filesystem;
    std::string version = PLAN_VERSION;
    auto commands = command_tree(root);
    CommandInfo top = describe_command(root);
    fs::path man = fs::path(dir) / "man1", completions = fs::path(dir) / "completions";
    std::error_code ec;
    fs::create_directories(man, ec);
    fs::create_directories(completions, ec);
    write_generated(man / "plan.1", root_man_page(top, commands, version));
    for (const auto& c : commands) write_generated(man / ("plan-" + c.name + ".1"), command_man_page(c, version));
    write_generated(completions / "plan", completion_script("bash", top, commands));
    write_generated(completions / "_plan", completion_script("zsh", top, commands));
    write_generated(completions / "plan.fish", completion_script("fish", top, commands));
    return kOk;
}

}  // namespace

Command completion_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
    auto shell = std::make_shared<std::string>();
    cmd->add_option("SHELL", *shell, "bash, zsh or fish")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
    return {cmd, [&app, shell]() {
                std::cout << completion_script(*shell, describe_command(app), command_tree(app));
                return int{kOk};
            }};
}

Command complete_ids_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("__complete", "");
    cmd->group("");
    auto kind = std::make_shared<std::string>();
    cmd->add_option("KIND", *kind)->required()->check(CLI::IsMember({"meetings", "themes"}));
    return {cmd, [kind]() {
                for (const auto& id : plan_ids(*kind)) std::cout << id << '\n';
                return int{kOk};
            }};
}

Command generate_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("__generate", "");
    cmd->group("");
    auto dir = std::make_shared<std::string>();
    cmd->add_option("DIR", *dir)->required();
    return {cmd, [&app, dir]() { return write_generated_files(app, *dir); }};
}

}  // namespace plan::cli
