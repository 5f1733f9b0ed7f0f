#pragma once
// The options `plan status` and `plan overdue` share: where, when, which
// actions, which format, and what to do when the plan does not validate.
#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common.hpp"
#include "format_choice.hpp"
#include "query/filters.hpp"
#include "render/status/views.hpp"

namespace plan::cli {

struct ViewOptions {
    std::string repo;
    std::string at;
    AsOf as_of;
    std::vector<std::string> themes, leads, recommendations, statuses;
    std::string window = "28d";  // --within: how far ahead "due soon" looks
    std::string format;  // empty: the view's first format (text)
    ColorChoice color;
    bool force = false;
    int width = 0;
};

// `formats`: the view's table, for --format.
void add_view_options(CLI::App& cmd, ViewOptions& o, const FormatList& formats);

// The checked repository, or exit: with validation errors the findings are
// printed and the command stops (exit 1) unless --force was given.
struct LoadedView {
    RepoLocation where;
    Date as_of;
    CheckedRepository checked;
    std::size_t errors = 0;  // shown anyway, with --force
};
LoadedView load_for_view(const ViewOptions& o, int& exit_code);

// Filters from the options, checked against the plan (unknown theme: usage error).
ActionFilter make_filter(const ViewOptions& o, const Repository& repo);

TerminalStyle terminal_style(const ViewOptions& o);

// --within: the end of the look-ahead window, or a usage error (with a "did
// you mean" for a mistyped meeting id).
Date window_end(const std::string& within, Date as_of, const Repository& repo);

// Printed above a view of a plan that has validation errors (--force):
// with the view for text and Markdown, on standard error for data (JSON).
void write_force_banner(std::size_t errors, const FormatInfo& format);

}  // namespace plan::cli
