#include "completion_scripts.hpp"

#include <fmt/format.h>

namespace plan::cli {
namespace {

const char* kMeetings = "plan __complete meetings 2>/dev/null";
const char* kThemes = "plan __complete themes 2>/dev/null";

std::string joined(const std::vector<std::string>& words, const char* sep = " ") {
    return fmt::format("{}", fmt::join(words, sep));
}

std::vector<std::string> option_words(const CommandInfo& c) {
    std::vector<std::string> out;
    for (const auto& o : c.options)
        if (!o.positional) out.insert(out.end(), o.names.begin(), o.names.end());
    return out;
}

bool wants_files(const OptionInfo& o) { return o.value_name == "FILE"; }
bool wants_folders(const OptionInfo& o) { return o.value_name == "REPO" || o.value_name == "DIR"; }

// --- bash -------------------------------------------------------------------

std::string bash_value_case(const std::string& cmd, const OptionInfo& o) {
    std::string reply;
    if (!o.choices.empty()) reply = fmt::format("COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))", joined(o.choices));
    else if (takes_meeting_id(o)) reply = fmt::format("COMPREPLY=($(compgen -W \"$({})\" -- \"$cur\"))", kMeetings);
    else if (takes_theme_id(o)) reply = fmt::format("COMPREPLY=($(compgen -W \"$({})\" -- \"$cur\"))", kThemes);
    else if (wants_files(o)) reply = "COMPREPLY=($(compgen -f -- \"$cur\"))";
    else if (wants_folders(o)) reply = "COMPREPLY=($(compgen -d -- \"$cur\"))";
    else reply = "COMPREPLY=()";
    std::vector<std::string> patterns;
    for (const auto& n : o.names) patterns.push_back(fmt::format("\"{} {}\"", cmd, n));
    return fmt::format("        {}) {}; return ;;\n", joined(patterns, "|"), reply);
}

std::string bash(const CommandInfo& root, const std::vector<CommandInfo>& commands) {
    std::vector<std::string> names;
    for (const auto& c : commands) names.push_back(c.name);
    std::string values, bodies;
    for (const auto& o : root.options)
        if (!o.value_name.empty() && !o.positional) values += bash_value_case("", o);
    for (const auto& c : commands) {
        for (const auto& o : c.options)
            if (!o.value_name.empty() && !o.positional) values += bash_value_case(c.name, o);
        bool folder = false;
        for (const auto& o : c.options) folder = folder || (o.positional && wants_folders(o));
        bodies += fmt::format(
            "        {}) if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); else {}; fi ;;\n", c.name,
            joined(option_words(c)), folder ? "COMPREPLY=($(compgen -d -- \"$cur\"))" : "COMPREPLY=()");
    }
    return fmt::format(
        "# bash completion for plan; generated from its command tree by `plan completion bash`.\n"
        "_plan_complete() {{\n"
        "    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}} cmd= i\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        case ${{COMP_WORDS[i]}} in {}) cmd=${{COMP_WORDS[i]}}; break ;; esac\n"
        "    done\n"
        "    case \"$cmd $prev\" in\n{}    esac\n"
        "    case $cmd in\n"
        "        \"\") COMPREPLY=($(compgen -W \"{} {}\" -- \"$cur\")) ;;\n{}"
        "    esac\n"
        "}}\n"
        "complete -F _plan_complete plan\n",
        joined(names, "|"), values, joined(names), joined(option_words(root)), bodies);
}

// --- zsh --------------------------------------------------------------------

// Inside a single-quoted _arguments spec: no quote, brackets or colons raw.
std::string zsh_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else if (c == '[') out += '(';
        else if (c == ']') out += ')';
        else if (c == ':') out += "\\:";
        else if (c == '\\') out += "\\\\";
        else out += c;
    }
    return out;
}

std::string zsh_action(const OptionInfo& o) {
    if (!o.choices.empty()) return fmt::format("({})", joined(o.choices));
    if (takes_meeting_id(o)) return "_plan_meetings";
    if (takes_theme_id(o)) return "_plan_themes";
    if (wants_files(o)) return "_files";
    if (wants_folders(o)) return "_directories";
    return " ";
}

std::string zsh_specs(const CommandInfo& c) {
    std::string out;
    for (const auto& o : c.options) {
        if (o.positional) {
            out += fmt::format(" \\\n        '1:{}:{}'", zsh_text(o.names[0]), zsh_action(o));
            continue;
        }
        for (const auto& n : o.names) {
            std::string value = o.value_name.empty() ? "" : fmt::format(":{}:{}", zsh_text(o.value_name), zsh_action(o));
            out += fmt::format(" \\\n        '{}[{}]{}'", n, zsh_text(o.description), value);
        }
    }
    return out;
}

std::string zsh(const CommandInfo& root, const std::vector<CommandInfo>& commands) {
    std::string described, cases;
    for (const auto& c : commands) {
        described += fmt::format("        '{}:{}'\n", c.name, zsh_text(c.description));
        cases += fmt::format("        {}) _arguments{} ;;\n", c.name, zsh_specs(c));
    }
    return fmt::format(
        "#compdef plan\n"
        "# zsh completion for plan; generated from its command tree by `plan completion zsh`.\n"
        "_plan_meetings() {{ local -a ids; ids=(${{(f)\"$({})\"}}); compadd -a ids }}\n"
        "_plan_themes() {{ local -a ids; ids=(${{(f)\"$({})\"}}); compadd -a ids }}\n"
        "_plan() {{\n"
        "    local -a commands\n"
        "    commands=(\n{}    )\n"
        "    if (( CURRENT == 2 )); then\n"
        "        if [[ $words[CURRENT] == -* ]]; then _arguments{}; else _describe 'command' commands; fi\n"
        "        return\n"
        "    fi\n"
        "    local cmd=$words[2]\n"
        "    shift words; (( CURRENT-- ))\n"
        "    case $cmd in\n{}    esac\n"
        "}}\n"
        "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _plan \"$@\"; else compdef _plan plan; fi\n",
        kMeetings, kThemes, described, zsh_specs(root), cases);
}

// --- fish -------------------------------------------------------------------

std::string fish_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

std::string fish_option(const std::string& condition, const OptionInfo& o) {
    std::string line = "complete -c plan -n " + fish_quote(condition);
    for (const auto& n : o.names) line += n.rfind("--", 0) == 0 ? " -l " + n.substr(2) : " -s " + n.substr(1);
    if (!o.value_name.empty()) {
        if (!o.choices.empty()) line += " -x -a " + fish_quote(joined(o.choices));
        else if (takes_meeting_id(o)) line += " -x -a " + fish_quote(std::string("(") + kMeetings + ")");
        else if (takes_theme_id(o)) line += " -x -a " + fish_quote(std::string("(") + kThemes + ")");
        else if (wants_files(o)) line += " -r -F";
        else if (wants_folders(o)) line += " -x -a '(__fish_complete_directories)'";
        else line += " -x";
    }
    return line + " -d " + fish_quote(o.description) + "\n";
}

std::string fish(const CommandInfo& root, const std::vector<CommandInfo>& commands) {
    std::vector<std::string> names;
    for (const auto& c : commands) names.push_back(c.name);
    std::string out = "# fish completion for plan; generated from its command tree by `plan completion fish`.\n"
                      "complete -c plan -f\n";
    for (const auto& c : commands)
        out += fmt::format("complete -c plan -n __fish_use_subcommand -a {} -d {}\n", c.name, fish_quote(c.description));
    for (const auto& o : root.options)
        if (!o.positional) out += fish_option("__fish_use_subcommand", o);
    for (const auto& c : commands) {
        std::string when = "__fish_seen_subcommand_from " + c.name;
        for (const auto& o : c.options) {
            if (!o.positional) out += fish_option(when, o);
            else if (wants_folders(o))
                out += fmt::format("complete -c plan -n {} -a '(__fish_complete_directories)'\n", fish_quote(when));
        }
    }
    return out;
}

}  // namespace

std::string completion_script(const std::string& shell, const CommandInfo& root,
                              const std::vector<CommandInfo>& commands) {
    if (shell == "bash") return bash(root, commands);
    if (shell == "zsh") return zsh(root, commands);
    if (shell == "fish") return fish(root, commands);
    return {};
}

}  // namespace plan::cli
