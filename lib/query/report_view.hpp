#pragma once
// Everything `plan report` shows, computed once from (repository, as-of date,
// report input) so that the Markdown and HTML papers show the same figures.
// Exempt information (Schedule 12A, Part II) is filtered out here, once, so
// no renderer can show it by mistake.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/changes.hpp"
#include "model/plan.hpp"
#include "query/action_state.hpp"
#include "query/coverage.hpp"
#include "query/status_view.hpp"

namespace plan {

enum class ReportSection { cover, summary, recommendation, exceptions, progress, changes, coverage, inspection, kpis, appendix };
enum class ReportKind { paper, on_a_page };

// The section names as --sections takes them, in the default order.
const std::vector<ReportSection>& default_report_sections();
const char* to_string(ReportSection s);
std::optional<ReportSection> report_section_from(std::string_view name);

// What the caller decides: the command line, and history computed from git.
// A year of monthly figures and its first month again, to compare like with like.
constexpr int kDefaultKpiPeriods = 13;

struct ReportInput {
    ReportKind kind = ReportKind::paper;
    std::vector<ReportSection> sections = default_report_sections();
    const Meeting* meeting = nullptr;  // --meeting
    std::optional<Date> meeting_date;  // --date, else the meeting's next date on or after the as-of date
    bool include_exempt = false;
    std::string recommendation_text;  // empty: a default sentence
    int window_days = kDefaultWindowDays;
    bool all_notes = false;   // the appendix shows every progress note, not only the latest
    // The confidential appendix tabled apart from the public paper: the
    // exempt actions, and the exempt steps and notes of the others, alone.
    bool exempt_appendix = false;
    int periods = kDefaultKpiPeriods;  // KPI figures shown: the latest this many periods
    // For the "changes" section; null when history is not available, and then
    // `history_unavailable` says why ("not a git repository").
    const ChangeSet* changes = nullptr;
    const std::vector<Slippage>* slippage = nullptr;
    std::string history_unavailable;
    std::size_t validation_errors = 0;  // shown anyway (--force): the paper says it is a draft
};

struct ReportAction {
    const Action* action = nullptr;
    const Theme* theme = nullptr;  // nullptr: its theme is not in plan.yaml
    ActionState state;
    std::vector<const Step*> steps;              // those shown in the paper
    std::vector<const ProgressEntry*> progress;  // those shown, oldest first
    const ProgressEntry* latest = nullptr;       // the newest shown entry with a date
};

struct ReportTheme {
    const Theme* theme = nullptr;  // nullptr: actions whose theme is not in plan.yaml
    Tally tally;
    std::vector<std::size_t> actions;  // indexes into ReportView::actions
};

// The lead rates an action better than its dates do.
struct RagOptimism {
    std::size_t action = 0;
    Brag lead_rag = Brag::none;
};

struct ReportExceptions {
    std::vector<std::size_t> overdue;  // most days late first
    std::vector<std::size_t> blocked;  // blocked and not also overdue
    std::vector<std::size_t> reviews_passed;  // ongoing actions past their review date, most days first
    std::vector<RagOptimism> optimism;
    std::vector<std::size_t> stale_kpis;  // indexes into ReportView::kpis
    // Open actions whose due date has moved later (from git history): index
    // into ReportView::actions and into ReportView::slippage; most days first.
    std::vector<std::pair<std::size_t, std::size_t>> slipped;
    bool empty() const {
        return overdue.empty() && blocked.empty() && reviews_passed.empty() && optimism.empty() && stale_kpis.empty() && slipped.empty();
    }
};

struct ReportRecommendation {
    const Recommendation* recommendation = nullptr;
    std::vector<std::size_t> actions;  // shown linked actions that are not dropped, less the cross-cutting ones
    int exempt_actions = 0;            // linked actions left out as exempt
    bool covered = false, delivered = false, at_risk = false;
};

struct ReportKpi {
    const Kpi* kpi = nullptr;
    KpiState state;
    std::vector<const DataPoint*> series;  // figures up to the as-of date, oldest first (at most ReportView::periods)
};

struct ReportSummary {
    int due_soon = 0;
    int recommendations_covered = 0, recommendations_delivered = 0, recommendations_at_risk = 0;
    int kpis_with_rag = 0, kpis_green = 0, kpis_amber = 0, kpis_red = 0, kpis_improving = 0, kpis_worsening = 0;
};

struct ReportView {
    const Repository* repo = nullptr;
    Date as_of;
    ReportKind kind = ReportKind::paper;
    std::vector<ReportSection> sections;
    const Meeting* meeting = nullptr;
    std::optional<Date> meeting_date;
    std::string recommendation_text;
    int window_days = kDefaultWindowDays;
    bool all_notes = false;
    int periods = kDefaultKpiPeriods;
    bool exempt_appendix = false;
    // How a Word paper is made: the council's template (empty: a clean A4
    // default). Set by the caller; the computation does not read it.
    std::string reference_doc;

    bool include_exempt = false;
    bool has_exempt = false;     // the plan marks something exempt
    bool shows_exempt = false;   // ...and this paper includes it (then it must say so)
    std::size_t validation_errors = 0;

    std::vector<ReportAction> actions;  // shown actions, in file order
    std::vector<ReportTheme> themes;    // plan.yaml order, then unknown themes
    Tally overall;
    ReportExceptions exceptions;
    std::vector<ReportRecommendation> recommendations;
    // Shown actions linked to every recommendation ("1-17", "all"): listed
    // once rather than in every row of the coverage matrix.
    std::vector<std::size_t> cross_cutting;
    std::vector<ReportKpi> kpis;
    ReportSummary summary;

    // History, with exempt items already left out unless included.
    std::optional<ChangeSet> changes;
    std::optional<std::vector<Slippage>> slippage;
    std::string history_unavailable;

    bool has(ReportSection s) const;
};

ReportView build_report(const Repository& repo, Date as_of, const ReportInput& input);

// A copy of `changes` without the items about exempt actions or exempt notes.
ChangeSet without_exempt(const ChangeSet& changes);
std::vector<Slippage> without_exempt(const std::vector<Slippage>& slippage);

}  // namespace plan
