#pragma once
// `plan update`: a progress entry and field changes on one action or step.
#include <optional>
#include <string>

#include "edit/plan_edit.hpp"

namespace plan {

struct ActionUpdate {
    std::string action;
    int step = 0;  // 1-based; 0: the action itself
    std::string note;
    std::string rag;                   // red, amber, green or empty
    std::optional<Date> on;            // the progress entry's date (default: as-of)
    std::string status;                // empty: unchanged
    std::optional<Date> done;
    std::optional<Due> due;            // a new due date, with `reason`
    std::string reason, decision;
    bool exempt = false;               // the progress entry is exempt information
};

// Adds the edits to `editor`. Throws EditError when the action or step is
// not there or its file cannot be edited in place, or the update is incomplete.
void update_action(PlanEditor& editor, const ActionUpdate& update);

}  // namespace plan
