#include <fmt/color.h>
#include <fmt/format.h>

#include "render/diagnostics/diagnostics.hpp"
#include "model/terminal_safe.hpp"
#include "model/unicode_text.hpp"

namespace plan {

std::string DiagnosticsView::path(Pos pos) const {
    return path_prefix + (pos.file < files.size() ? files[pos.file].path : std::string("?"));
}

void write_diagnostics_text(std::ostream& out, const DiagnosticsView& view, const TextStyle& style,
                            const LineSource& lines) {
    for (const auto& d : view.diagnostics) {
        std::string where = terminal_safe(view.path(d.pos));
        if (d.pos.line) where += fmt::format(":{}:{}", d.pos.line, d.pos.col);
        bool error = d.severity == Severity::error;
        std::string label = error ? "error" : "warning";
        if (style.color)
            label = fmt::format(fmt::fg(error ? fmt::terminal_color::bright_red : fmt::terminal_color::bright_yellow) |
                                    fmt::emphasis::bold,
                                "{}", label);
        out << fmt::format("{}: {}: {} [{}]\n", where, label, terminal_safe(d.message), d.check);
        if (!style.excerpts || !d.pos.line || !lines) continue;
        std::string line = lines(d.pos.file, d.pos.line);
        if (line.empty()) continue;
        std::string shown = terminal_safe(line);
        out << fmt::format("{:>5} | {}\n", d.pos.line, shown);
        // The caret sits under the column's character; columns count
        // characters of the original line (as editors do), so measure the safe form of the
        // prefix as the terminal draws it (wide characters take two).
        std::size_t col = d.pos.col ? d.pos.col - 1 : 0;
        std::size_t end = 0;
        for (std::size_t chars = 0; end < line.size(); ++end) {
            if ((static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) continue;
            if (chars == col) break;
            ++chars;
        }
        std::size_t width = display_width(terminal_safe(line.substr(0, end)));
        out << fmt::format("{:>5} | {}^\n", "", std::string(width, ' '));
    }
}

std::string diagnostics_summary(const Diagnostics& diagnostics, std::size_t files) {
    std::size_t errors = 0, warnings = 0;
    for (const auto& d : diagnostics) (d.severity == Severity::error ? errors : warnings)++;
    std::string in = fmt::format("in {} {}", files, files == 1 ? "file" : "files");
    if (!errors && !warnings) return fmt::format("no problems {}", in);
    std::string e = fmt::format("{} {}", errors, errors == 1 ? "error" : "errors");
    std::string w = fmt::format("{} {}", warnings, warnings == 1 ? "warning" : "warnings");
    if (!warnings) return fmt::format("{} {}", e, in);
    if (!errors) return fmt::format("{} {}", w, in);
    return fmt::format("{} and {} {}", e, w, in);
}

}  // namespace plan
