#pragma once
// What changed in a plan between two states of its repository, and how its
// due dates moved over the whole history. Computed by diff_plans() from two
// models (pure), and by the git layer for slippage; rendered by `plan changes`
// and by the "Changes since the last meeting" section of `plan report`.
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "query/action_state.hpp"
#include "query/kpi_state.hpp"

namespace plan {

struct ActionRef {
    std::string id;
    std::string title;
    bool exempt = false;
};

struct StatusChange {
    ActionRef action;
    std::string from, to;  // status words: in-progress -> done
};

struct RagChange {
    ActionRef action;
    Brag from = Brag::none, to = Brag::none;  // derived RAG at each side's date
};

struct DueMove {
    ActionRef action;
    int step = 0;  // 0: the action's own due date; else the step's number (1-based)
    std::string step_title;
    Due from, to;
    int days = 0;  // positive: slipped later; negative: brought forward
    std::string reason;  // kept in the plan (rescheduled:), or empty
    bool step_exempt = false;  // the step is exempt (Schedule 12A) though its action is not
};

struct NewProgress {
    ActionRef action;
    Date date;
    std::optional<Rag> rag;
    std::string note;
    bool exempt = false;
};

struct RecommendationChange {
    int number = 0;
    std::string title;
    std::string became;  // "covered", "fully delivered", "no longer covered", "no longer fully delivered"
    // Why it is no longer fully delivered: "A-3 on track, linked through all"
    // for each linked action not complete; empty for the other changes.
    std::string reason;
};

struct KpiRef {
    std::string id;
    std::string title;
};

struct KpiPointAdded {
    KpiRef kpi;
    std::string period;
    double value = 0;
    std::optional<double> previous;  // the figure for the period before, if any
    Direction direction = Direction::unknown;
    std::string value_text, previous_text;  // with the KPI's unit: "19.2%"
};

// A past period's figure that changed: a data-quality flag.
struct KpiRestated {
    KpiRef kpi;
    std::string period;
    double from = 0, to = 0;
    std::string from_text, to_text;  // with the KPI's unit
    std::string reason;              // kept in the plan (restated:), or empty
};

struct KpiTargetChange {
    KpiRef kpi;
    std::string from, to;  // the targets as phrases ("none set" when absent)
};

// One side of a comparison, in words for the reader.
struct Side {
    std::string label;     // "26 September 2017 (board)", "HEAD", "the working tree"
    // The same for a paper, in meetings and dates, with no git words:
    // "the Improvement Board of 28 March 2017", "the plan as last committed,
    // on 20 October 2017"; the revision behind it goes in a footnote.
    std::string paper_label;
    std::string revision_note;  // "commit a41c582a0a, 20 March 2017", "HEAD, commit ...", "the working tree"
    std::string revision;  // commit id, or "" for the working tree
    Date as_of;            // the date the derived states were computed at
};

struct ChangeSet {
    Side since, until;
    std::vector<ActionRef> added, removed, completed, dropped;
    std::vector<StatusChange> status_changes;
    std::vector<RagChange> rag_changes;
    std::vector<DueMove> due_moves;
    std::vector<NewProgress> new_progress;
    std::vector<RecommendationChange> recommendations;
    std::vector<KpiPointAdded> kpi_points;
    std::vector<KpiRestated> restated;
    std::vector<KpiTargetChange> targets;
    std::vector<std::string> notes;  // e.g. "the working tree differs from HEAD and is counted as the newest state"

    bool empty() const {
        return added.empty() && removed.empty() && completed.empty() && dropped.empty() && status_changes.empty() &&
               rag_changes.empty() && due_moves.empty() && new_progress.empty() && recommendations.empty() &&
               kpi_points.empty() && restated.empty() && targets.empty();
    }
};

// One move of a due date in the history, with who made it.
struct SlipEvent {
    std::string commit;  // full object id
    std::string author;
    Date committed;  // the commit's date
    Due from, to;
    int days = 0;  // positive: later
    std::string reason;  // kept in the plan (rescheduled:), or empty
};

struct Slippage {
    ActionRef action;
    int times_slipped = 0;    // moves later
    int days_slipped = 0;     // total days of those moves
    int times_brought_forward = 0;
    std::optional<Due> first, current;
    std::vector<SlipEvent> events;  // oldest first, every move either way
};

// The reason the plan keeps for the latest move later, in words to put
// beside the new date (" (moved because: ...)"), or empty.
inline std::string latest_slip_reason(const Slippage& s) {
    for (auto it = s.events.rbegin(); it != s.events.rend(); ++it)
        if (it->days > 0) return it->reason.empty() ? "" : " (moved because: " + it->reason + ")";
    return "";
}

// The differences between two models of the same plan. `before_as_of` and
// `after_as_of` are the dates at which states and RAGs are derived.
ChangeSet diff_plans(const Repository& before, Date before_as_of, const Repository& after, Date after_as_of);

}  // namespace plan
