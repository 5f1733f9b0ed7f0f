#pragma once
// Narrowing the actions a view shows: --theme, --lead, --recommendation, --status.
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "query/action_state.hpp"

namespace plan {

struct ActionFilter {
    std::vector<std::string> themes;    // theme ids
    std::vector<std::string> leads;     // matched case-insensitively anywhere in a lead's name
    std::vector<int> recommendations;   // recommendation numbers the action links (ranges and "all" count)
    std::vector<std::string> statuses;  // a status word (in-progress) or a state (overdue, due-soon, on-track, complete)

    bool empty() const { return themes.empty() && leads.empty() && recommendations.empty() && statuses.empty(); }
    bool matches(const Action& a, const ActionState& s) const;
    // As matches(), leaving the lead to be matched per item (a step's own lead).
    bool matches_but_lead(const Action& a, const ActionState& s) const;
    bool lead_ok(const std::vector<std::string>& item_leads) const;
};

// The words --status accepts, for help text and error messages.
const std::vector<std::string>& status_filter_words();

bool links_recommendation(const Action& a, int number);
bool lead_matches(const std::string& lead, const std::string& wanted);

}  // namespace plan
