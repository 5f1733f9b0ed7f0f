#pragma once
// --format for a view, built from the view's table of formats (render/):
// the option and its check, its help text, the choice by -o's extension and
// the messages when the choice cannot be made.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "common.hpp"
#include "render/common/formats.hpp"

namespace plan::cli {

using FormatList = std::vector<const FormatInfo*>;

// "text, json or markdown": the names, as help text and messages list them.
std::string format_names(const FormatList& formats, const std::string& last_joiner = " or ");

// "md (.md, .markdown) and html (.html, .htm)": the names with their extensions.
std::string format_extensions(const FormatList& formats);

// --format, accepting each format's name and aliases and `extra` words the
// command handles itself (validate's "auto").
CLI::Option* add_format_option(CLI::App& cmd, std::string& format, const FormatList& formats, const std::string& help,
                               const std::vector<std::string>& extra = {});

// The extension of a file name, lower case ("paper.HTML" → ".html"); empty
// when the name has none.
std::string extension_of(const std::string& path);

// Which format to write: --format when given (a name or an alias), else the
// one whose extension `output` (-o) ends in, else the first. UsageError when
// -o's extension belongs to no format and --format was not given, when
// --format and the extension name different formats, and when a binary
// format would go to a terminal.
std::size_t choose_format(const FormatList& formats, const std::string& format, const std::string& output);

template <class Input>
const Format<Input>& chosen_format(const FormatTable<Input>& table, const std::string& format, const std::string& output) {
    return table[choose_format(format_infos(table), format, output)];
}

// The stream a format goes to when there is no -o.
std::ostream& default_stream(const FormatInfo& format);

}  // namespace plan::cli
