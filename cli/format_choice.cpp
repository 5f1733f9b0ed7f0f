#include "format_choice.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "model/terminal_safe.hpp"

namespace plan::cli {

std::string format_names(const FormatList& formats, const std::string& last_joiner) {
    std::string s;
    for (std::size_t i = 0; i < formats.size(); ++i)
        s += (i == 0 ? "" : i + 1 == formats.size() ? last_joiner : ", ") + formats[i]->name;
    return s;
}

std::string format_extensions(const FormatList& formats) {
    std::string s;
    std::size_t shown = 0, with = static_cast<std::size_t>(std::count_if(
                                formats.begin(), formats.end(), [](const FormatInfo* f) { return !f->extensions.empty(); }));
    for (const FormatInfo* f : formats) {
        if (f->extensions.empty()) continue;
        ++shown;
        s += (shown == 1 ? "" : shown == with ? " and " : ", ") + fmt::format("{} ({})", f->name, fmt::join(f->extensions, ", "));
    }
    return s;
}

CLI::Option* add_format_option(CLI::App& cmd, std::string& format, const FormatList& formats, const std::string& help,
                               const std::vector<std::string>& extra) {
    std::vector<std::string> words = extra;
    for (const FormatInfo* f : formats) {
        words.push_back(f->name);
        words.insert(words.end(), f->aliases.begin(), f->aliases.end());
    }
    return cmd.add_option("--format", format, help)->check(CLI::IsMember(words));
}

std::string extension_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    auto dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0) return {};
    std::string ext = name.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return ext;
}

std::size_t choose_format(const FormatList& formats, const std::string& format, const std::string& output) {
    auto index_where = [&](auto pred) {
        auto it = std::find_if(formats.begin(), formats.end(), pred);
        return it == formats.end() ? formats.size() : static_cast<std::size_t>(it - formats.begin());
    };
    std::size_t by_name = format.empty() ? formats.size() : index_where([&](const FormatInfo* f) { return f->named(format); });
    std::string ext = output.empty() ? "" : extension_of(output);
    std::size_t by_ext = ext.empty() ? formats.size() : index_where([&](const FormatInfo* f) { return f->owns_extension(ext); });
    std::string shown = terminal_safe(output);
    if (!format.empty() && by_name == formats.size())  // CLI11 checked it; a table and its check disagree
        throw UsageError(fmt::format("--format: no format '{}'; the formats are: {}", terminal_safe(format),
                                     format_names(formats)));
    if (format.empty() && !ext.empty() && by_ext == formats.size())
        throw UsageError(fmt::format("-o: '{}' ends in {}, which is not a format this command writes; the formats are {}: "
                                     "name the file with one of those extensions, or give --format",
                                     shown, terminal_safe(ext), format_extensions(formats)));
    if (by_name < formats.size() && by_ext < formats.size() && by_name != by_ext)
        throw UsageError(fmt::format("--format {} and -o '{}' disagree: {} is the extension of {}; drop --format, or name the "
                                     "file {}",
                                     formats[by_name]->name, shown, terminal_safe(ext), formats[by_ext]->name,
                                     formats[by_name]->extensions.empty()
                                         ? std::string("without that extension")
                                         : fmt::format("with {}", fmt::join(formats[by_name]->extensions, " or "))));
    std::size_t chosen = by_name < formats.size() ? by_name : by_ext < formats.size() ? by_ext : 0;
    if (formats[chosen]->binary && output.empty() && is_terminal(1))
        throw UsageError(fmt::format("--format {}: this is a file for a program to open, not text for a terminal; write "
                                     "it to a file with -o FILE{}",
                                     formats[chosen]->name,
                                     formats[chosen]->extensions.empty() ? "" : formats[chosen]->extensions.front()));
    return chosen;
}

std::ostream& default_stream(const FormatInfo& format) {
    return format.stream == FormatStream::standard_error ? std::cerr : std::cout;
}

}  // namespace plan::cli
