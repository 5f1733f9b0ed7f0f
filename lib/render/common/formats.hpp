#pragma once
// Each view's output formats as one table: what --format calls a format,
// which -o extensions choose it, whether it is bytes for a file, where it is
// written, and the function that writes it. The command line builds
// --format, its help and its messages from the table, so adding a format to
// a view is one writer in render/ and one row.
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

// What sort of document a format is: a warning above a view (a plan with
// errors shown under --force) is written to suit it.
enum class FormatKind { text, markdown, html, data };

enum class FormatStream { standard_output, standard_error };

struct FormatInfo {
    std::string name;                     // what --format takes
    std::vector<std::string> aliases;     // also accepted ("md" for "markdown")
    std::vector<std::string> extensions;  // -o names that choose it (".html"), lower case
    FormatKind kind = FormatKind::text;
    bool binary = false;  // bytes for a file (docx, pdf): needs -o, never a terminal
    FormatStream stream = FormatStream::standard_output;  // where it goes without -o

    bool named(std::string_view word) const;
    bool owns_extension(std::string_view extension) const;
};

template <class Input>
struct Format {
    FormatInfo info;
    std::function<void(std::ostream&, const Input&)> write;
};

template <class Input>
using FormatTable = std::vector<Format<Input>>;

template <class Input>
std::vector<const FormatInfo*> format_infos(const FormatTable<Input>& table) {
    std::vector<const FormatInfo*> infos;
    for (const auto& f : table) infos.push_back(&f.info);
    return infos;
}

}  // namespace plan
