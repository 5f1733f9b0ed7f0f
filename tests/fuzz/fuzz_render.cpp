// fuzz_render: a whole repository (split at "~~~~" lines, as fuzz_check)
// through the views and every renderer, as --force would show it even with
// errors: status and overdue (text, Markdown, JSON), the report (Markdown
// and HTML, both kinds, with and without exempt items) and the changes from
// the same plan with every due date a month later. Terminal text must be
// terminal-safe, the HTML paper free of injected markup, the Markdown free
// of raw HTML, images and links (GitHub autolinks addresses and URLs), and
// both papers free of bidi and other invisible controls.
#include <sstream>

#include "fuzz_common.hpp"
#include "query/changes.hpp"
#include "query/overdue_view.hpp"
#include "query/report_view.hpp"
#include "query/status_view.hpp"
#include "render/changes/changes.hpp"
#include "render/report/report.hpp"
#include "render/status/views.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace plan;
    std::string_view input(reinterpret_cast<const char*>(data), size);
    CheckedRepository checked = check_repository(fuzz::split_repository(input), fuzz::as_of());
    const Repository& repo = checked.repo;
    Date as_of = fuzz::as_of();
    bool flag = size > 0 && (data[size - 1] & 1);

    StatusOptions options;
    StatusView status = build_status(repo, as_of, options);
    std::ostringstream st, sm, sj;
    write_status_text(st, status, TerminalStyle{static_cast<std::size_t>(flag ? 40 : 100), false});
    fuzz::check_terminal_text(st.str());
    write_status_markdown(sm, status);
    fuzz::check_markdown(sm.str());
    write_status_json(sj, status);

    OverdueView overdue = build_overdue(repo, as_of, as_of.plus_days(28), ActionFilter{}, flag ? Grouping::lead : Grouping::theme);
    std::ostringstream ot, om, oj;
    write_overdue_text(ot, overdue, TerminalStyle{});
    fuzz::check_terminal_text(ot.str());
    write_overdue_markdown(om, overdue);
    fuzz::check_markdown(om.str());
    write_overdue_json(oj, overdue);

    // The same plan with every due date a month later, as the "before" side.
    Repository later = repo;
    for (auto& a : later.actions)
        if (a.due) a.due.value.date = a.due.value.date.plus_months(1);
    ChangeSet changes = diff_plans(later, as_of.plus_days(-30), repo, as_of);
    ChangesReport cr;
    cr.changes = &changes;
    std::ostringstream ct, cm, cj;
    write_changes_text(ct, cr, TerminalStyle{});
    fuzz::check_terminal_text(ct.str());
    write_changes_markdown(cm, cr, 2);
    fuzz::check_markdown(cm.str());
    write_changes_json(cj, cr);

    ReportInput in;
    in.kind = flag ? ReportKind::on_a_page : ReportKind::paper;
    in.include_exempt = size > 1 && (data[size - 2] & 1);
    in.meeting = repo.meetings.empty() ? nullptr : &repo.meetings.front();
    in.changes = &changes;
    in.validation_errors = checked.diagnostics.size();
    ReportView view = build_report(repo, as_of, in);
    std::ostringstream md, html;
    write_report_markdown(md, view);
    fuzz::check_markdown(md.str());
    write_report_html(html, view);
    fuzz::check_html(html.str());
    fuzz::check_paper_characters(md.str());
    fuzz::check_paper_characters(html.str());
    return 0;
}
