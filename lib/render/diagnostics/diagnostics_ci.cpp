// Findings for CI systems: GitHub Actions annotations and step summary, and
// GitLab's Code Quality report.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/diagnostics/diagnostics.hpp"
#include "render/common/json_out.hpp"
#include "render/common/markdown_text.hpp"
#include "model/utf8.hpp"

namespace plan {
namespace {

// Workflow command escaping: data needs %, CR, LF; properties also : and ,.
// The Actions log renders ANSI escapes and shows bidi controls raw, so every
// other control character (C0 but tab, DEL, C1, bidi controls, U+FEFF) and every
// byte that is not UTF-8 is written as %XX too: the runner decodes only %25,
// %0D, %0A, %3A and %2C, so the rest stay visible as typed, e.g. "%1B[31m".
std::string github_escape(std::string_view s, bool property) {
    std::string r;
    r.reserve(s.size());
    auto percent = [&r](std::string_view bytes) {
        for (char b : bytes) r += fmt::format("%{:02X}", static_cast<unsigned char>(b));
    };
    for (std::size_t i = 0; i < s.size();) {
        Utf8Char ch = read_utf8(s, i);
        std::size_t len = ch.len ? ch.len : 1;
        bool control = ch.len == 0 || (ch.cp < 0x20 && ch.cp != '\t') || (ch.cp >= 0x7F && ch.cp <= 0x9F) ||
                       is_invisible_control(ch.cp);
        bool special = ch.cp == '%' || (property && (ch.cp == ':' || ch.cp == ','));
        if (control || special) percent(s.substr(i, len));
        else r.append(s.substr(i, len));
        i += len;
    }
    return r;
}

// FNV-1a: a stable fingerprint, the same on every machine and run.
std::string fingerprint(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return fmt::format("{:016x}", h);
}

}  // namespace

void write_diagnostics_github(std::ostream& out, const DiagnosticsView& view) {
    for (const auto& d : view.diagnostics) {
        std::string props = "file=" + github_escape(view.path(d.pos), true);
        if (d.pos.line) props += fmt::format(",line={},col={}", d.pos.line, d.pos.col);
        props += ",title=" + github_escape(fmt::format("plan validate [{}]", d.check), true);
        out << fmt::format("::{} {}::{}\n", d.severity == Severity::error ? "error" : "warning", props,
                           github_escape(d.message, false));
    }
}

void write_diagnostics_markdown_summary(std::ostream& out, const DiagnosticsView& view) {
    out << "### plan validate\n\n" << diagnostics_summary(view.diagnostics, view.files.size()) << "\n\n";
    if (view.diagnostics.empty()) return;
    out << "| Where | Severity | Check | Finding |\n|---|---|---|---|\n";
    for (const auto& d : view.diagnostics) {
        std::string where = view.path(d.pos);
        if (d.pos.line) where += fmt::format(":{}:{}", d.pos.line, d.pos.col);
        out << fmt::format("| {} | {} | {} | {} |\n", markdown_text(where),
                           d.severity == Severity::error ? "error" : "warning", d.check, markdown_text(d.message));
    }
    out << '\n';
}

void write_diagnostics_gitlab(std::ostream& out, const DiagnosticsView& view) {
    auto report = nlohmann::ordered_json::array();
    for (const auto& d : view.diagnostics) {
        nlohmann::ordered_json item;
        item["description"] = d.message;
        item["check_name"] = d.check;
        // Stable when lines move or the command runs from another folder.
        std::string repo_path = d.pos.file < view.files.size() ? view.files[d.pos.file].path : "";
        item["fingerprint"] = fingerprint(fmt::format("{}\n{}\n{}", repo_path, d.check, d.message));
        item["severity"] = d.severity == Severity::error ? "major" : "minor";
        item["location"]["path"] = view.path(d.pos);
        item["location"]["lines"]["begin"] = d.pos.line ? d.pos.line : 1;
        report.push_back(std::move(item));
    }
    write_json(out, report);
}

}  // namespace plan
