#include "cli_tree.hpp"

namespace plan::cli {
namespace {

// CLI11 writes an IsMember check into the type name: "TEXT:{auto,text,json}".
std::vector<std::string> choices_of(const std::string& type_name) {
    std::vector<std::string> out;
    auto open = type_name.find('{');
    auto close = type_name.find('}', open);
    if (open == std::string::npos || close == std::string::npos) return out;
    std::string list = type_name.substr(open + 1, close - open - 1);
    for (std::size_t start = 0; start <= list.size();) {
        auto comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        if (comma > start) out.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

OptionInfo describe_option(const CLI::Option& o) {
    OptionInfo info;
    info.description = o.get_description();
    info.positional = !o.nonpositional();
    if (info.positional) {
        info.names.push_back(o.get_name());
        info.value_name = o.get_name();
        return info;
    }
    for (const auto& l : o.get_lnames()) info.names.push_back("--" + l);
    for (const auto& s : o.get_snames()) info.names.push_back("-" + s);
    if (o.get_expected_max() != 0) {
        std::string type = o.get_type_name();
        info.choices = choices_of(type);
        info.value_name = type.substr(0, type.find(':'));
        if (info.value_name.empty()) info.value_name = "VALUE";
    }
    return info;
}

}  // namespace

CommandInfo describe_command(const CLI::App& cmd) {
    CommandInfo info;
    info.name = cmd.get_parent() ? cmd.get_name() : "plan";
    info.description = cmd.get_description();
    for (const CLI::Option* o : cmd.get_options())
        if (!o->nonpositional()) info.options.push_back(describe_option(*o));
    for (const CLI::Option* o : cmd.get_options())
        if (o->nonpositional()) info.options.push_back(describe_option(*o));
    return info;
}

std::vector<CommandInfo> command_tree(const CLI::App& root) {
    std::vector<CommandInfo> out;
    for (const CLI::App* sub : root.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
        out.push_back(describe_command(*sub));
    return out;
}

bool takes_meeting_id(const OptionInfo& o) {
    return !o.names.empty() && (o.names[0] == "--meeting" || o.names[0] == "--within");
}
bool takes_theme_id(const OptionInfo& o) { return !o.names.empty() && o.names[0] == "--theme"; }

}  // namespace plan::cli
