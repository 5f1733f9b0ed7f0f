// plan report [REPO]: the committee paper, as Markdown, self-contained HTML, PDF or Word.
#include <fmt/format.h>

#include <iostream>
#include <sstream>

#include "model/suggest.hpp"
#include "commands.hpp"
#include "history/git_repo.hpp"
#include "history/read_history.hpp"
#include "query/calendar.hpp"
#include "query/meeting_resolve.hpp"
#include "query/report_view.hpp"
#include "render/report/report.hpp"
#include "render/report/report_binary.hpp"
#include "model/terminal_safe.hpp"
#include "format_choice.hpp"
#include "report_output.hpp"
#include "view_options.hpp"

namespace plan::cli {
namespace {

struct ReportOptions {
    ViewOptions view;  // repo, --as-of, --at, --force (the filters are not offered)
    std::string meeting, date, format, output, sections, kind = "paper", recommendation, since, reference_doc;
    bool include_exempt = false;
    bool no_history = false;
    bool all_notes = false;
    bool exempt_appendix = false;
    int periods = kDefaultKpiPeriods;
};

std::string joined(const std::vector<std::string>& words) {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : ", ") + w;
    return s;
}

std::vector<ReportSection> parse_sections(const std::string& text) {
    std::vector<std::string> names;
    for (ReportSection s : default_report_sections()) names.push_back(to_string(s));
    std::vector<ReportSection> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');) {
        auto first = part.find_first_not_of(' '), last = part.find_last_not_of(' ');
        std::string name = first == std::string::npos ? "" : part.substr(first, last - first + 1);
        if (name.empty()) continue;
        auto section = report_section_from(name);
        if (!section) {
            std::string hint = closest(name, names);
            throw UsageError(fmt::format("--sections: no section '{}'{}; the sections are: {}", terminal_safe(name),
                                         hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint), joined(names)));
        }
        if (std::find(out.begin(), out.end(), *section) != out.end())
            throw UsageError(fmt::format("--sections: '{}' is listed twice", terminal_safe(name)));
        out.push_back(*section);
    }
    if (out.empty()) throw UsageError("--sections: name at least one section: " + joined(names));
    return out;
}

ReportInput report_input(const ReportOptions& o, const Repository& repo, Date as_of) {
    ReportInput in;
    in.kind = o.kind == "on-a-page" ? ReportKind::on_a_page : ReportKind::paper;
    if (!o.sections.empty()) {
        if (in.kind == ReportKind::on_a_page) throw UsageError("--sections: the plan on a page has fixed contents; use --kind paper");
        in.sections = parse_sections(o.sections);
    }
    in.meeting = resolve_meeting(repo, o.meeting);
    if (!o.date.empty()) in.meeting_date = parse_request_date("--date", o.date);
    else if (in.meeting) in.meeting_date = next_meeting(*in.meeting, as_of);
    in.include_exempt = o.include_exempt;
    in.all_notes = o.all_notes;
    in.exempt_appendix = o.exempt_appendix;
    if (o.exempt_appendix && (!o.sections.empty() || in.kind == ReportKind::on_a_page))
        throw UsageError("--exempt-appendix: the exempt appendix has fixed contents; leave out --sections and --kind");
    in.periods = o.periods;
    in.recommendation_text = o.recommendation;
    return in;
}

// Changes since the last meeting (or --since) and slippage, from git. A
// history the paper cannot have (not a git repository, a shallow clone, no
// earlier meeting) is said in the paper rather than stopping it; a --since
// the user typed that names nothing is a usage error.
HistoryResult paper_history(const ReportOptions& o, const LoadedView& loaded, ReportInput& in) {
    HistoryResult history;
    if (o.no_history) {
        in.history_unavailable = "the paper was made without reading the git history (--no-history)";
        return history;
    }
    HistoryRequest request;
    request.since = o.since;
    request.meeting = o.meeting;
    request.paper_date = in.meeting_date;
    request.until = o.view.at;
    request.changes = !o.since.empty() || !o.meeting.empty();
    request.slippage = true;
    try {
        history = read_history(loaded.where.root, loaded.as_of, request);
    } catch (const HistoryError& e) {
        if (!o.since.empty() && e.kind == HistoryError::bad_revision) throw;
        in.history_unavailable = e.what();
    } catch (const RequestError& e) {
        in.history_unavailable = e.what();
    }
    if (!request.changes && in.history_unavailable.empty())
        in.history_unavailable = "no starting point was given: name the meeting (--meeting) or a revision or date (--since)";
    return history;
}

int run_report(const ReportOptions& o) {
    int code = kOk;
    LoadedView loaded = load_for_view(o.view, code);
    if (code != kOk) return code;
    const Repository& repo = loaded.checked.repo;
    ReportInput input = report_input(o, repo, loaded.as_of);
    input.validation_errors = loaded.errors;
    HistoryResult history = paper_history(o, loaded, input);
    if (history.changes) input.changes = &*history.changes;
    if (history.slippage) input.slippage = &*history.slippage;
    if (!o.output.empty()) check_output_path(o.output, loaded.where, repo);
    // After the path check: "that is plan.yaml" matters more than its extension.
    const auto& format = chosen_format(report_formats(), o.format, o.output);
    if (!o.reference_doc.empty() && format.info.name != "docx")
        throw UsageError("--reference-doc: a Word template is used only for --format docx (or -o FILE.docx)");

    ReportView view = build_report(repo, loaded.as_of, input);
    view.reference_doc = o.reference_doc;
    // PDF and Word come from outside tools: one that is missing or fails is
    // an I/O error (exit 3), and nothing is written.
    std::ostringstream paper;
    try {
        format.write(paper, view);
    } catch (const DocumentToolError& e) {
        throw IoError(e.what());
    }
    write_paper(o.output, paper.str());
    return kOk;
}

}  // namespace

Command report_command(CLI::App& app) {
    auto o = std::make_shared<ReportOptions>();
    auto* cmd = app.add_subcommand("report", "The committee paper: progress, exceptions, recommendations, KPIs and the "
                                             "action plan, as Markdown, accessible HTML, PDF or Word");
    cmd->add_option("REPO", o->view.repo, "The plan repository (default: the nearest folder upwards holding plan.yaml)");
    add_as_of_option(*cmd, o->view.as_of);
    cmd->add_option("--meeting", o->meeting, "The meeting the paper is for (an id from meetings in plan.yaml)")
        ->type_name("ID");
    cmd->add_option("--date", o->date, "The meeting's date (YYYY-MM-DD); default its next listed date on or after the as-of date")
        ->type_name("DATE");
    FormatList formats = format_infos(report_formats());
    add_format_option(*cmd, o->format, formats,
                      fmt::format("{} (default: the one -o's extension names, else {}; {})", format_names(formats),
                                  formats.front()->name, format_extensions(formats)));
    cmd->add_option("--reference-doc", o->reference_doc,
                    "For docx: the council's Word template (styles, header, footer, page numbers), as pandoc takes it")
        ->type_name("FILE");
    cmd->add_option("-o,--output", o->output, "Write the paper to FILE (atomically) instead of standard output")
        ->type_name("FILE");
    cmd->add_option("--sections", o->sections,
                    "Which sections, in this order (comma-separated): cover, summary, recommendation, exceptions, "
                    "progress, changes, coverage, inspection, kpis, appendix")
        ->type_name("LIST");
    cmd->add_option("--kind", o->kind, "paper (default) or on-a-page: vision, priorities and KPIs on one page")
        ->check(CLI::IsMember({"paper", "on-a-page"}));
    cmd->add_flag("--include-exempt", o->include_exempt,
                  "Include items marked exempt (Schedule 12A, Part II); the paper then says it contains exempt information");
    cmd->add_option("--recommendation-text", o->recommendation,
                    "The recommendation to the committee (default: to note the progress and comment on the exceptions)")
        ->type_name("TEXT");
    cmd->add_flag("--all-notes", o->all_notes,
                  "The action plan appendix shows every progress note (default: the latest note of each action)");
    cmd->add_option("--periods", o->periods, "How many of the latest KPI figures to show and chart (default 13)")
        ->type_name("N")
        ->check(CLI::Range(1, 120));
    cmd->add_flag("--exempt-appendix", o->exempt_appendix,
                  "Write only the exempt items (Schedule 12A, Part II), as the confidential appendix tabled apart from "
                  "the public paper");
    add_at_option(*cmd, o->view.at);
    cmd->add_option("--since", o->since,
                    "Where \"changes since the last meeting\" start: a revision or a date (default: the meeting's "
                    "previous date before the paper's)")
        ->type_name("REV|DATE");
    cmd->add_flag("--no-history", o->no_history, "Do not read the git history (no changes or slippage in the paper)");
    add_color_option(*cmd, o->view.color);
    cmd->add_flag("--force", o->view.force, "Write the paper even when the plan has validation errors (marked as a draft)");
    return {cmd, [o]() { return run_report(*o); }};
}

}  // namespace plan::cli
