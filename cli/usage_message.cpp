#include "usage_message.hpp"

#include <fmt/format.h>

#include "check/suggest.hpp"
#include "model/terminal_safe.hpp"

namespace plan::cli {
namespace {

// The deepest subcommand the parse reached: CLI11 counts a subcommand as
// parsed as soon as its name is read, before its options fail.
const CLI::App* reached(const CLI::App& root) {
    const CLI::App* at = &root;
    for (bool deeper = true; deeper;) {
        deeper = false;
        for (const CLI::App* sub : at->get_subcommands([](const CLI::App*) { return true; }))
            if (sub->parsed()) {
                at = sub;
                deeper = true;
                break;
            }
    }
    return at;
}

std::vector<std::string> long_names(const CLI::App& cmd) {
    std::vector<std::string> names;
    for (const CLI::Option* o : cmd.get_options())
        for (const auto& l : o->get_lnames()) names.push_back(l);
    return names;
}

// "--strcit" and "--strcit=1" against the command's long options; "" if none
// is close. Too short a word ("-x", "--b") is close to everything: no guess.
std::string option_hint(const CLI::App& cmd, const std::string& typed) {
    if (typed.rfind("--", 0) != 0) return {};
    std::string name = typed.substr(2, typed.find('=') == std::string::npos ? std::string::npos : typed.find('=') - 2);
    if (name.size() < 3) return {};
    std::string best = closest(name, long_names(cmd));
    return best.empty() ? best : "--" + best;
}

// CLI11's "The following argument was not expected: --strcit", said plainly,
// one sentence per word it did not expect.
std::string extras_message(const CLI::App& cmd, const std::string& where) {
    std::vector<std::string> lines;
    for (const std::string& extra : cmd.remaining(true)) {
        std::string shown = terminal_safe(extra);
        if (extra.size() > 1 && extra[0] == '-') {
            shown = terminal_safe(extra.substr(0, extra.find('=')));
            std::string hint = option_hint(cmd, extra);
            lines.push_back(fmt::format("'{}' has no option '{}'{}", where, shown,
                                        hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint)));
        } else {
            lines.push_back(fmt::format("'{}' takes no further argument '{}'", where, shown));
        }
    }
    return fmt::format("{}", fmt::join(lines, "\nplan: "));
}

}  // namespace

std::string command_path(const CLI::App& root) {
    std::string path;
    for (const CLI::App* at = reached(root); at; at = at->get_parent())
        path = path.empty() ? at->get_name() : at->get_name() + " " + path;
    return path.empty() ? "plan" : path;
}

std::string usage_message(const CLI::App& root, const CLI::Error& e) {
    const CLI::App* cmd = reached(root);
    std::string where = command_path(root);
    std::string what = terminal_safe(e.what());
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        std::string plain = extras_message(*cmd, where);
        if (!plain.empty()) what = plain;
    }
    return fmt::format("plan: {}\nRun '{} --help' for the options.\n", what, where);
}

}  // namespace plan::cli
