#include "man_pages.hpp"

#include <fmt/format.h>

namespace plan::cli {
namespace {

// Text as roff reads it: a backslash is \e, a hyphen \- (so it is not broken
// or turned into a dash), and a line may not start with a control character.
std::string roff(const std::string& text) {
    std::string out;
    bool line_start = true;
    for (char c : text) {
        if (line_start && (c == '.' || c == '\'')) out += "\\&";
        line_start = false;
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else if (c == '\n') {
            out += "\n.br\n";
            line_start = true;
        } else out += c;
    }
    return out;
}

std::string header(const std::string& page, const std::string& version) {
    return fmt::format(".TH {} 1 \"\" \"plan {}\" \"plan manual\"\n", roff(page), roff(version));
}

std::string option_item(const OptionInfo& o) {
    std::string names;
    for (const auto& n : o.names) names += (names.empty() ? "" : ", ") + fmt::format("\\fB{}\\fR", roff(n));
    std::string value = o.value_name.empty() || o.positional ? "" : fmt::format(" \\fI{}\\fR", roff(o.value_name));
    std::string text = roff(o.description);
    if (!o.choices.empty()) {
        std::string list;
        for (const auto& c : o.choices) list += (list.empty() ? "" : ", ") + roff(c);
        text += (text.empty() ? "" : " ") + fmt::format("(one of: {})", list);
    }
    return fmt::format(".TP\n{}{}\n{}\n", names, value, text);
}

std::string synopsis(const CommandInfo& c) {
    std::string s = c.name == "plan" ? ".B plan\n" : fmt::format(".B plan {}\n", roff(c.name));
    s += "[\\fIOPTIONS\\fR]";
    for (const auto& o : c.options)
        if (o.positional) s += fmt::format(" [\\fI{}\\fR]", roff(o.names[0]));
    return s + (c.name == "plan" ? " \\fICOMMAND\\fR\n" : "\n");
}

}  // namespace

std::string root_man_page(const CommandInfo& root, const std::vector<CommandInfo>& commands,
                          const std::string& version) {
    std::string page = header("PLAN", version);
    page += ".SH NAME\nplan \\- an improvement plan kept as YAML in git, checked and reported on\n";
    page += ".SH SYNOPSIS\n" + synopsis(root);
    page += ".SH DESCRIPTION\n" + roff(root.description) + "\n";
    page += ".SH COMMANDS\n";
    for (const auto& c : commands)
        page += fmt::format(".TP\n\\fBplan\\-{}\\fR(1)\n{}\n", roff(c.name), roff(c.description));
    page += ".SH OPTIONS\n";
    for (const auto& o : root.options) page += option_item(o);
    page += ".SH ENVIRONMENT\n"
            ".TP\n\\fBNO_COLOR\\fR\nWhen set, no colour unless \\fB\\-\\-color always\\fR.\n"
            ".TP\n\\fBFORCE_COLOR\\fR, \\fBCLICOLOR_FORCE\\fR\nWhen set to anything but 0, colour even when the output "
            "is not a terminal.\n";
    page += ".SH EXIT STATUS\n0 fine, 1 findings, 2 a usage error, 3 an I/O or internal error.\n";
    page += ".SH SEE ALSO\n";
    std::string see;
    for (const auto& c : commands) see += (see.empty() ? "" : ",\n") + fmt::format("\\fBplan\\-{}\\fR(1)", roff(c.name));
    return page + see + "\n";
}

std::string command_man_page(const CommandInfo& c, const std::string& version) {
    std::string page = header("PLAN-" + c.name, version);
    page += fmt::format(".SH NAME\nplan\\-{} \\- {}\n", roff(c.name), roff(c.description));
    page += ".SH SYNOPSIS\n" + synopsis(c);
    page += ".SH DESCRIPTION\n" + roff(c.description) + ".\n";
    page += ".SH OPTIONS\n";
    for (const auto& o : c.options) page += option_item(o);
    page += ".SH EXIT STATUS\n0 fine, 1 findings, 2 a usage error, 3 an I/O or internal error.\n";
    return page + ".SH SEE ALSO\n\\fBplan\\fR(1)\n";
}

}  // namespace plan::cli
