#pragma once
// Where each inspection recommendation stands, through the actions linked to it.
#include <vector>

#include "model/plan.hpp"
#include "query/action_state.hpp"

namespace plan {

struct RecommendationStanding {
    const Recommendation* recommendation = nullptr;
    std::vector<const Action*> actions;  // linked actions that are not dropped
    bool covered = false;    // at least one such action
    bool delivered = false;  // covered, and every such action complete
    bool at_risk = false;    // any such action overdue or blocked
};

std::vector<RecommendationStanding> recommendation_standings(const Repository& repo, Date as_of,
                                                             int window_days = kDefaultWindowDays);

}  // namespace plan
