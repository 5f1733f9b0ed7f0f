#include "query/filters.hpp"

#include <algorithm>

#include "model/unicode_text.hpp"
#include "model/vocabulary.hpp"

namespace plan {

const std::vector<std::string>& status_filter_words() {
    static const std::vector<std::string> kWords = {"not-started", "in-progress", "blocked",  "done",
                                                    "ongoing",     "dropped",     "complete", "overdue",
                                                    "due-soon",    "on-track"};
    return kWords;
}

bool links_recommendation(const Action& a, int number) {
    for (const auto& r : a.recommendations)
        if (r.kind == RecommendationRef::all || (number >= r.from && number <= r.to)) return true;
    return false;
}

// Normalised and case-folded, so that "Head of Service" matches "head of
// service" and an accent typed as one character matches one typed as two.
bool lead_matches(const std::string& lead, const std::string& wanted) {
    return match_key(lead).find(match_key(wanted)) != std::string::npos;
}

bool ActionFilter::lead_ok(const std::vector<std::string>& item_leads) const {
    if (leads.empty()) return true;
    for (const auto& lead : item_leads)
        for (const auto& w : leads)
            if (lead_matches(lead, w)) return true;
    return false;
}

bool ActionFilter::matches(const Action& a, const ActionState& s) const {
    return lead_ok(a.leads) && matches_but_lead(a, s);
}

bool ActionFilter::matches_but_lead(const Action& a, const ActionState& s) const {
    if (!themes.empty() && (!a.theme || std::find(themes.begin(), themes.end(), *a.theme) == themes.end())) return false;
    if (!recommendations.empty() &&
        std::none_of(recommendations.begin(), recommendations.end(), [&](int n) { return links_recommendation(a, n); }))
        return false;
    if (!statuses.empty()) {
        std::string state = words(s.state);
        std::replace(state.begin(), state.end(), ' ', '-');
        std::string status = a.status ? to_string(*a.status) : "";
        bool any = false;
        for (const auto& w : statuses) any = any || w == state || w == status;
        if (!any) return false;
    }
    return true;
}

}  // namespace plan
