#pragma once
// What `plan overdue` lists: late actions and steps, most late first, then
// what falls due within the window; optionally grouped for chasing.
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "query/filters.hpp"

namespace plan {

struct DueItem {
    const Action* action = nullptr;
    const Step* step = nullptr;  // set when the item is one of the action's steps
    int step_number = 0;         // 1-based, with step
    Due due;
    int days = 0;                // overdue: days late; due soon: days left
    std::optional<Date> last_progress;
    std::vector<std::string> leads;  // the step's lead, else the action's leads
    bool review = false;  // an ongoing action whose `review` date (in `due`) has passed
};

enum class Grouping { none, lead, theme, recommendation };

struct DueGroup {
    std::string key;    // lead name, theme title or "Recommendation 7"; empty when not grouped
    std::vector<const DueItem*> overdue, due_soon;
};

struct OverdueView {
    Date as_of;
    Date window_end;
    std::vector<DueItem> overdue;   // most late first
    std::vector<DueItem> due_soon;  // soonest first
    Grouping grouping = Grouping::none;
    std::vector<DueGroup> groups;   // one group with an empty key when not grouped
};

OverdueView build_overdue(const Repository& repo, Date as_of, Date window_end, const ActionFilter& filter,
                          Grouping grouping);

}  // namespace plan
