#include "common.hpp"

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>

#include "history/git_repo.hpp"
#include "history/revisions.hpp"
#include "load/file_system.hpp"
#include "model/terminal_safe.hpp"

namespace plan::cli {
namespace fs = std::filesystem;

Date AsOf::resolve() const {
    if (text.empty()) {
        std::time_t now = std::time(nullptr);
        std::tm local{};
        localtime_r(&now, &local);
        return *Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    }
    auto parsed = parse_date(text);
    if (!parsed.value) throw UsageError("--as-of: " + terminal_safe(parsed.error));
    return *parsed.value;
}

void add_as_of_option(CLI::App& cmd, AsOf& as_of) {
    cmd.add_option("--as-of", as_of.text, "The date to judge the plan at (YYYY-MM-DD); default today")
        ->type_name("DATE");
}

bool is_terminal(int fd) { return isatty(fd) == 1; }

namespace {
// `plan --color WHEN COMMAND`: the default for a command given no --color.
std::string global_color_mode = "auto";

bool env_set(const char* name) {
    const char* v = std::getenv(name);
    return v && *v;
}
// FORCE_COLOR and CLICOLOR_FORCE ask for colour with any value but 0 (the
// conventions of Node and of BSD tools, which CI systems set).
bool env_forces(const char* name) {
    const char* v = std::getenv(name);
    return v && *v && std::string(v) != "0";
}
}  // namespace

// Precedence, first that applies: --color always or never; NO_COLOR set;
// FORCE_COLOR or CLICOLOR_FORCE; TERM=dumb; whether fd is a terminal.
bool ColorChoice::enabled(int fd) const {
    const std::string& m = mode.empty() ? global_color_mode : mode;
    if (m == "always") return true;
    if (m == "never") return false;
    if (env_set("NO_COLOR")) return false;
    if (env_forces("FORCE_COLOR") || env_forces("CLICOLOR_FORCE")) return true;
    const char* term = std::getenv("TERM");
    return is_terminal(fd) && !(term && std::string(term) == "dumb");
}

void add_color_option(CLI::App& cmd, ColorChoice& color) {
    cmd.add_option("--color", color.mode,
                   "Colour: auto (a terminal, or FORCE_COLOR/CLICOLOR_FORCE, and NO_COLOR unset), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name("WHEN");
}

void add_global_color_option(CLI::App& app) {
    app.add_option("--color", global_color_mode, "Colour for every command: auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name("WHEN");
}

RepoLocation locate_repository(const std::string& arg) {
    RepoLocation where;
    std::error_code ec;
    if (arg.empty()) {
        auto root = find_repository_root(".");
        if (!root)
            throw UsageError(
                "no plan.yaml in this folder or any folder above it; run the command inside a plan repository or "
                "name its folder, e.g. plan validate examples/leicestershire-2017");
        where.root = *root;
        // Relative ("./../..") when the absolute path would be too long to use.
        fs::path rel = fs::path(*root).is_relative() ? fs::path(*root).lexically_normal()
                                                     : fs::path(*root).lexically_relative(fs::current_path(ec));
        where.prefix = rel.empty() || rel == "." ? "" : rel.generic_string() + "/";
        return where;
    }
    std::string shown = terminal_safe(arg);
    if (!fs::is_directory(arg, ec))
        throw UsageError(fs::exists(arg, ec) ? "'" + shown + "' is not a folder; name the folder that holds plan.yaml"
                                             : "'" + shown + "' does not exist; name the folder that holds plan.yaml");
    if (fs::exists(fs::path(arg) / "plan.yaml", ec) && !fs::is_regular_file(fs::path(arg) / "plan.yaml", ec))
        throw IoError("'" + terminal_safe((fs::path(arg) / "plan.yaml").string()) +
                      "' is not a file; plan.yaml must be a file");
    if (!fs::is_regular_file(fs::path(arg) / "plan.yaml", ec))
        throw UsageError("'" + shown + "' has no plan.yaml; name the folder that holds plan.yaml");
    where.root = fs::absolute(arg, ec).lexically_normal().string();
    std::string prefix = fs::path(arg).lexically_normal().generic_string();
    while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
    where.prefix = prefix.empty() || prefix == "." ? "" : prefix + "/";
    return where;
}

CLI::Option* add_at_option(CLI::App& cmd, std::string& at) {
    return cmd.add_option("--at", at,
                   "Read the plan as it stood at this git revision (commit, tag or branch) or date (YYYY-MM-DD: its last "
                   "commit on or before that day)")
        ->type_name("REV|DATE");
}

CheckedRepository load_checked(const RepoLocation& where, Date as_of, const std::string& at) {
    if (at.empty()) return check_repository(read_repository_files(where.root), as_of);
    GitRepo git(where.root);
    return check_repository(state_at(git, at).files, as_of);
}

LineSource disk_lines(const RepoLocation& where, const std::vector<SourceFile>& files) {
    auto cache = std::make_shared<std::map<std::uint32_t, std::vector<std::string>>>();
    std::string root = where.root;
    return [cache, root, &files](std::uint32_t file, std::uint32_t line) -> std::string {
        if (file >= files.size()) return {};
        auto it = cache->find(file);
        if (it == cache->end()) {
            std::vector<std::string> lines;
            std::ifstream in(fs::path(root) / files[file].path, std::ios::binary);
            for (std::string l; lines.size() < 1000000 && std::getline(in, l);) {
                if (!l.empty() && l.back() == '\r') l.pop_back();
                lines.push_back(std::move(l));
            }
            it = cache->emplace(file, std::move(lines)).first;
        }
        return line >= 1 && line <= it->second.size() ? it->second[line - 1] : std::string();
    };
}

}  // namespace plan::cli
