#include "view_options.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <iostream>

#include "model/suggest.hpp"
#include "query/calendar.hpp"
#include "model/terminal_safe.hpp"
#include "render/common/view_words.hpp"

namespace plan::cli {
namespace {

// "a,b" and repeated options both give a list.
std::vector<std::string> split_commas(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) {
        std::size_t start = 0;
        while (start <= v.size()) {
            auto comma = v.find(',', start);
            std::string part = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!part.empty()) out.push_back(part);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return out;
}

}  // namespace

void add_view_options(CLI::App& cmd, ViewOptions& o, const FormatList& formats) {
    cmd.add_option("REPO", o.repo, "The plan repository (default: the nearest folder upwards holding plan.yaml)");
    add_as_of_option(cmd, o.as_of);
    add_at_option(cmd, o.at);
    cmd.add_option("--theme", o.themes, "Only actions in these themes (ids; repeat or separate with commas)")
        ->type_name("ID");
    cmd.add_option("--lead", o.leads, "Only actions whose lead's name contains this text (any case)")->type_name("TEXT");
    cmd.add_option("--recommendation", o.recommendations, "Only actions linked to these recommendation numbers")
        ->type_name("N");
    cmd.add_option("--status", o.statuses,
                   "Only actions in this status or state: not-started, in-progress, blocked, done, ongoing, dropped, "
                   "complete, overdue, due-soon, on-track")
        ->type_name("WORD");
    cmd.add_option("--within", o.window,
                   "How far ahead 'due soon' looks: 28d, 12w, 3m, a date, or a meeting id (its next date); default 28d")
        ->type_name("WINDOW");
    add_format_option(cmd, o.format, formats, format_names(formats));
    add_color_option(cmd, o.color);
    cmd.add_flag("--force", o.force, "Show the view even when the plan has validation errors");
    cmd.add_option("--width", o.width, "Width of text output in columns (default: the terminal's, else 100)")
        ->check(CLI::Range(40, 1000));
}

LoadedView load_for_view(const ViewOptions& o, int& exit_code) {
    exit_code = kOk;
    LoadedView v{locate_repository(o.repo), o.as_of.resolve(), {}, 0};
    v.checked = load_checked(v.where, v.as_of, o.at);
    for (const auto& d : v.checked.diagnostics) v.errors += d.severity == Severity::error;
    if (v.errors && !o.force) {
        Diagnostics errors;
        for (const auto& d : v.checked.diagnostics)
            if (d.severity == Severity::error) errors.push_back(d);
        DiagnosticsView view{errors, v.checked.repo.files, v.where.prefix};
        TextStyle style{is_terminal(2) && o.at.empty(), o.color.enabled(2)};
        write_diagnostics_text(std::cerr, view, style, disk_lines(v.where, v.checked.repo.files));
        std::cerr << fmt::format("plan: the plan has {} validation {}; fix {} (plan validate) or use --force to see the "
                                 "view anyway\n",
                                 v.errors, v.errors == 1 ? "error" : "errors", v.errors == 1 ? "it" : "them");
        // Today's files judged at a past date record what had not happened yet.
        bool future = std::any_of(errors.begin(), errors.end(), [](const Diagnostic& d) {
            return (d.check == "done-date" || d.check == "progress-order") &&
                   d.message.find("after the as-of date") != std::string::npos;
        });
        if (future && o.at.empty() && !o.as_of.text.empty())
            std::cerr << fmt::format("plan: to see the plan as it stood on {0}, read it from git as well: --at {0} --as-of {0}\n",
                                     v.as_of.iso());
        exit_code = v.checked.has_io_errors() ? kFailure : kFindings;
    }
    return v;
}

ActionFilter make_filter(const ViewOptions& o, const Repository& repo) {
    ActionFilter f;
    f.themes = split_commas(o.themes);
    f.leads = split_commas(o.leads);
    f.statuses = split_commas(o.statuses);
    std::vector<std::string> theme_ids;
    for (const auto& t : repo.themes)
        if (t.id) theme_ids.push_back(*t.id);
    for (const auto& t : f.themes)
        if (std::find(theme_ids.begin(), theme_ids.end(), t) == theme_ids.end()) {
            std::string hint = closest(t, theme_ids);
            std::string list;
            for (const auto& id : theme_ids) list += (list.empty() ? "" : ", ") + id;
            throw UsageError(fmt::format("--theme: no theme '{}' in plan.yaml{}; the themes are: {}", terminal_safe(t),
                                         hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint), list));
        }
    for (const auto& s : f.statuses) {
        const auto& words = status_filter_words();
        if (std::find(words.begin(), words.end(), s) == words.end()) {
            std::string hint = closest(s, words), list;
            for (const auto& w : words) list += (list.empty() ? "" : ", ") + w;
            throw UsageError(fmt::format("--status: '{}' is not a status or state{}; use one of: {}", terminal_safe(s),
                                         hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint), list));
        }
    }
    std::vector<int> numbers;
    for (const auto& r : repo.inspection.recommendations)
        if (r.id) numbers.push_back(*r.id);
    for (const auto& r : split_commas(o.recommendations)) {
        bool number = !r.empty() && r.size() <= 6 && r.find_first_not_of("0123456789") == std::string::npos;
        if (!number || std::find(numbers.begin(), numbers.end(), std::stoi(r)) == numbers.end())
            throw UsageError(fmt::format("--recommendation: the inspection has no recommendation '{}'; its "
                                         "recommendations are {}",
                                         terminal_safe(r), numbers.empty() ? std::string("none") : number_ranges(numbers)));
        f.recommendations.push_back(std::stoi(r));
    }
    // A lead that matches nobody is most likely a typo, not an empty list.
    std::vector<std::string> leads;
    for (const auto& a : repo.actions) {
        leads.insert(leads.end(), a.leads.begin(), a.leads.end());
        for (const auto& st : a.steps)
            if (!st.lead.empty()) leads.push_back(st.lead);
    }
    for (const auto& wanted : f.leads)
        if (std::none_of(leads.begin(), leads.end(), [&](const std::string& l) { return lead_matches(l, wanted); })) {
            std::sort(leads.begin(), leads.end());
            leads.erase(std::unique(leads.begin(), leads.end()), leads.end());
            std::string list;
            for (std::size_t i = 0; i < leads.size() && i < 12; ++i) list += (i ? "; " : "") + leads[i];
            if (leads.size() > 12) list += "; …";
            throw UsageError(fmt::format("--lead: no action or step has a lead containing '{}'; the leads are: {}",
                                         terminal_safe(wanted), list.empty() ? "none" : terminal_safe(list)));
        }
    return f;
}

Date window_end(const std::string& within, Date as_of, const Repository& repo) {
    auto end = parse_window(within, as_of, repo);
    if (end.value) return *end.value;
    std::vector<std::string> ids;
    for (const auto& m : repo.meetings)
        if (m.id) ids.push_back(*m.id);
    std::string hint = closest(within, ids);
    throw UsageError(fmt::format("--within: {}{}", terminal_safe(end.error),
                                 hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", terminal_safe(hint))));
}

TerminalStyle terminal_style(const ViewOptions& o) {
    TerminalStyle s;
    s.color = o.color.enabled(1);
    if (o.width) {
        s.width = static_cast<std::size_t>(o.width);
    } else if (winsize ws{}; is_terminal(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) {
        s.width = ws.ws_col;
    } else if (const char* cols = std::getenv("COLUMNS"); cols && std::atoi(cols) >= 40) {
        s.width = static_cast<std::size_t>(std::atoi(cols));
    }
    return s;
}

void write_force_banner(std::size_t errors, const FormatInfo& format) {
    if (!errors) return;
    std::string text = fmt::format("WARNING: this plan has {} validation {} (see plan validate); figures below may be wrong.",
                                   errors, errors == 1 ? "error" : "errors");
    if (format.kind == FormatKind::data) std::cerr << text << "\n\n";
    else if (format.kind == FormatKind::markdown) std::cout << "> **" << text << "**\n\n";
    else std::cout << text << "\n\n";
}

}  // namespace plan::cli
