// plan init [DIR]: a new plan repository in one command. Asks on a terminal,
// or takes --council, --service, --inspection-date, --recommendations and
// --yes; writes a plan that validates clean, its editor, git, pre-commit and
// CI settings and a README, and runs `git init` when DIR is not in a
// repository. It never overwrites anything: if any file it would write is
// there already, it writes nothing and names them.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <map>

#include "check/embedded_schemas.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "history/process.hpp"
#include "init_templates.hpp"
#include "model/terminal_safe.hpp"
#include "output/atomic_file.hpp"
#include "plan_version.hpp"

namespace plan::cli {
namespace {
namespace fs = std::filesystem;

struct InitOptions {
    std::string dir = ".";
    std::string council, service, inspection_date;
    std::string recommendations_text;  // as typed; empty when not given
    int recommendations = 0;
    bool yes = false;
    AsOf as_of;
};

// Text that goes into a double-quoted YAML scalar and a Markdown heading.
std::string checked_text(const std::string& option, const std::string& value) {
    if (value.empty() || value.size() > 200)
        throw UsageError(option + ": give a name of 1 to 200 characters, e.g. --council \"Northby Borough Council\"");
    for (unsigned char c : value)
        if (c < 0x20 || c == 0x7f || c == '"' || c == '\\')
            throw UsageError(option + ": '" + terminal_safe(value) +
                             "' holds a control character, a quote or a backslash; write the name without them");
    return value;
}

std::string ask(const std::string& question, const std::string& fallback) {
    std::cerr << question << " [" << fallback << "]: " << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) throw UsageError("no answer read; give the values as options instead");
    return answer.empty() ? fallback : answer;
}

// Fills what was not given: defaults with --yes, questions on a terminal,
// else a usage error naming what is missing.
void complete(InitOptions& o, Date today) {
    std::vector<std::string> missing;
    if (o.council.empty()) missing.push_back("--council");
    if (o.service.empty()) missing.push_back("--service");
    if (o.inspection_date.empty()) missing.push_back("--inspection-date");
    if (o.recommendations_text.empty()) missing.push_back("--recommendations");
    if (missing.empty()) return;
    bool asking = !o.yes && is_terminal(0) && is_terminal(2);
    if (!o.yes && !asking)
        throw UsageError(fmt::format("not on a terminal, so nothing can be asked: give {} (or --yes for the defaults)",
                                     fmt::join(missing, ", ")));
    auto value = [&](std::string& field, const std::string& question, const std::string& fallback) {
        if (field.empty()) field = asking ? ask(question, fallback) : fallback;
    };
    value(o.council, "Council", "Example Council");
    value(o.service, "Service", "Children's Services");
    value(o.inspection_date, "Date the inspection report was published (YYYY-MM-DD)", today.iso());
    value(o.recommendations_text, "How many recommendations did the inspectors make", "3");
}

int recommendation_count(const std::string& text) {
    std::size_t used = 0;
    int n = 0;
    try {
        n = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || n < 1 || n > 200)
        throw UsageError("--recommendations: '" + terminal_safe(text) +
                         "' is not a number from 1 to 200; give how many recommendations the report makes");
    return n;
}

std::string slug(const std::string& text) {
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "plan" : out.substr(0, 60);
}

std::string month(Date d) { return d.iso().substr(0, 7); }

std::string substituted(std::string text, const std::map<std::string, std::string>& values) {
    for (const auto& [key, value] : values)
        for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + value.size()))
            text.replace(pos, key.size(), value);
    return text;
}

std::string_view template_text(std::string_view name) {
    for (std::size_t i = 0; i < kInitTemplateCount; ++i)
        if (kInitTemplates[i].name == name) return kInitTemplates[i].text;
    throw std::logic_error("no init template " + std::string(name));
}

// The files, path relative to DIR -> content.
std::vector<std::pair<std::string, std::string>> plan_files(const InitOptions& o, Date today) {
    auto published = parse_date(o.inspection_date);
    if (!published.value) throw UsageError("--inspection-date: " + terminal_safe(published.error));
    Date start = *published.value;
    if (today < start)
        throw UsageError("--inspection-date: " + start.iso() + " is after today (" + today.iso() +
                         "); give the date the report was published");
    std::string list, all;
    for (int i = 1; i <= o.recommendations; ++i) {
        list += fmt::format("    - {{id: {0}, title: \"Recommendation {0}\", text: \"Write recommendation {0} as the "
                            "report gives it.\"}}\n",
                            i);
        all += (i > 1 ? ", " : "") + std::to_string(i);
    }
    list.pop_back();
    Date end = start.plus_months(24);
    std::map<std::string, std::string> values{
        {"@ID@", slug(o.council)},
        {"@COUNCIL@", checked_text("--council", o.council)},
        {"@SERVICE@", checked_text("--service", o.service)},
        {"@START@", start.iso()},
        {"@END@", end.iso()},
        {"@END_MONTH@", month(end)},
        {"@DUE@", month(start.plus_months(6))},
        {"@LAST_MONTH@", month(Date::from_ymd(today.year(), today.month(), 1)->plus_days(-1))},
        {"@RECOMMENDATIONS@", list},
        {"@ALL_RECOMMENDATIONS@", all},
        {"@VERSION@", PLAN_VERSION},
    };
    std::vector<std::pair<std::string, std::string>> files;
    auto add = [&](const std::string& path, std::string_view name) {
        files.emplace_back(path, substituted(std::string(template_text(name)), values));
    };
    add("plan.yaml", "plan.yaml");
    add("actions/example.yaml", "example-actions.yaml");
    add("kpis/example.yaml", "example-kpi.yaml");
    for (std::size_t i = 0; i < kEmbeddedSchemaCount; ++i)
        files.emplace_back("schemas/" + std::string(kEmbeddedSchemas[i].name), std::string(kEmbeddedSchemas[i].text));
    add(".vscode/settings.json", "vscode-settings.json");
    add(".gitattributes", "gitattributes");
    add(".pre-commit-config.yaml", "pre-commit-config.yaml");
    add(".github/workflows/plan.yml", "github-workflow.yml");
    add(".gitlab-ci.yml", "gitlab-ci.yml");
    add("README.md", "README.md");
    return files;
}

// Whether `dir`, or the nearest folder above it that exists, is in a git work tree.
bool inside_git(const std::string& dir) {
    std::error_code ec;
    fs::path at = fs::absolute(dir, ec);
    while (!at.empty() && !fs::is_directory(at, ec) && at != at.parent_path()) at = at.parent_path();
    return run_process({"git", "-C", at.string(), "rev-parse", "--is-inside-work-tree"}).exit_code == 0;
}

int run_init(InitOptions o) {
    Date today = o.as_of.resolve();
    complete(o, today);
    o.recommendations = recommendation_count(o.recommendations_text);
    auto files = plan_files(o, today);
    std::error_code ec;
    std::string shown = terminal_safe(o.dir);
    if (fs::exists(fs::symlink_status(o.dir, ec)) && !fs::is_directory(o.dir, ec))
        throw UsageError("'" + shown + "' is not a folder; name a folder (new or empty) for the plan");
    std::vector<std::string> existing;
    for (const auto& [path, content] : files)
        if (fs::exists(fs::symlink_status(fs::path(o.dir) / path, ec))) existing.push_back(terminal_safe(path));
    if (!existing.empty())
        throw UsageError(fmt::format("'{}' already has {}; plan init never overwrites a file, so it wrote nothing: "
                                     "move them away or choose another folder",
                                     shown, fmt::join(existing, ", ")));
    bool had_git = inside_git(o.dir);
    for (const auto& [path, content] : files) {
        fs::path target = fs::path(o.dir) / path;
        fs::create_directories(target.parent_path(), ec);
        try {
            write_file_atomically(target.string(), content);
        } catch (const OutputError& e) {
            throw IoError(e.what());
        }
        std::cout << "wrote " << terminal_safe(target.lexically_normal().string()) << '\n';
    }
    if (!had_git) {
        ProcessResult r = run_process({"git", "init", "-q", "--", o.dir});
        if (r.exit_code == 0) std::cout << "made a git repository in " << shown << '\n';
        else std::cerr << "plan: could not run git init (is git installed?); the plan is written, without history\n";
    }
    std::cout << "\nNext: write the recommendations into plan.yaml, then check it with\n  plan validate "
              << shown << "\nand save it with\n  git -C " << shown << " add -A && git -C " << shown
              << " commit -m \"Plan started\"\n";
    return kOk;
}

}  // namespace

Command init_command(CLI::App& app) {
    auto o = std::make_shared<InitOptions>();
    auto* cmd = app.add_subcommand("init", "Make a new plan repository: a plan that validates, with editor, hook and CI set-up");
    cmd->add_option("DIR", o->dir, "The folder to make the plan in (default: this folder); made if missing");
    cmd->add_option("--council", o->council, "The council, e.g. \"Northby Borough Council\"")->type_name("NAME");
    cmd->add_option("--service", o->service, "The service, e.g. \"Children's Services\"")->type_name("NAME");
    cmd->add_option("--inspection-date", o->inspection_date, "When the inspection report was published (YYYY-MM-DD)")
        ->type_name("DATE");
    cmd->add_option("--recommendations", o->recommendations_text, "How many recommendations the report makes (1 to 200)")
        ->type_name("N");
    cmd->add_flag("--yes", o->yes, "Ask nothing: defaults for what is not given");
    add_as_of_option(*cmd, o->as_of);
    return {cmd, [o]() { return run_init(*o); }};
}

}  // namespace plan::cli
