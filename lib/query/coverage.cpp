#include "query/coverage.hpp"

#include "query/filters.hpp"

namespace plan {

std::vector<RecommendationStanding> recommendation_standings(const Repository& repo, Date as_of, int window_days) {
    std::vector<RecommendationStanding> out;
    for (const auto& r : repo.inspection.recommendations) {
        RecommendationStanding s;
        s.recommendation = &r;
        bool all_complete = true;
        for (const auto& a : repo.actions) {
            if (!r.id || !links_recommendation(a, *r.id)) continue;
            if (a.status && *a.status == Status::dropped) continue;
            s.actions.push_back(&a);
            ActionState st = action_state(a, as_of, window_days);
            all_complete = all_complete && st.state == State::complete;
            s.at_risk = s.at_risk || st.state == State::overdue || st.blocked;
        }
        s.covered = !s.actions.empty();
        s.delivered = s.covered && all_complete;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace plan
