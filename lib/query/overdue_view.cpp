#include "query/overdue_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "model/unicode_text.hpp"
#include "query/action_state.hpp"

namespace plan {
namespace {

std::vector<std::string> group_keys(const DueItem& item, Grouping g, const Repository& repo) {
    switch (g) {
    case Grouping::none: return {""};
    case Grouping::lead: return item.leads.empty() ? std::vector<std::string>{"(no lead named)"} : item.leads;
    case Grouping::theme:
        for (const auto& t : repo.themes)
            if (t.id && item.action->theme && *t.id == *item.action->theme) return {t.title.empty() ? *t.id : t.title};
        return {"(no theme)"};
    case Grouping::recommendation: {
        std::vector<std::string> keys;
        for (const auto& r : repo.inspection.recommendations) {
            if (!r.id) continue;
            bool linked = false;
            for (const auto& ref : item.action->recommendations)
                linked = linked || ref.kind == RecommendationRef::all || (*r.id >= ref.from && *r.id <= ref.to);
            if (linked) keys.push_back(fmt::format("Recommendation {}", *r.id));
        }
        if (keys.empty()) keys.push_back("(no recommendation linked)");
        return keys;
    }
    }
    return {""};
}

std::string sort_key(const DueItem& i) {
    return fmt::format("{}#{:04}", i.action->id ? *i.action->id : "", i.review ? 9999 : i.step_number);
}

}  // namespace

OverdueView build_overdue(const Repository& repo, Date as_of, Date window_end, const ActionFilter& filter,
                          Grouping grouping) {
    OverdueView v;
    v.as_of = as_of;
    v.window_end = window_end;
    v.grouping = grouping;
    int window_days = window_end - as_of;
    for (const auto& a : repo.actions) {
        ActionState s = action_state(a, as_of, window_days);
        if (!filter.matches_but_lead(a, s)) continue;
        std::optional<Date> last;
        if (s.latest) last = *s.latest->date;
        // Ongoing work has no due date, but a review it has missed is late.
        if (s.review_days_late > 0 && filter.lead_ok(a.leads))
            v.overdue.push_back({&a, nullptr, 0, Due{*a.review, false}, s.review_days_late, last, a.leads, true});
        if (!is_open(a.status)) continue;
        auto consider = [&](const Field<Due>& due, const Step* step, int number, std::vector<std::string> leads) {
            if (!due || !filter.lead_ok(leads)) return;
            DueItem item{&a, step, number, *due, 0, last, std::move(leads)};
            if (is_late(*due, as_of)) {
                item.days = as_of - due->date;
                v.overdue.push_back(std::move(item));
            } else if (due->date <= window_end) {
                item.days = due->date - as_of;
                v.due_soon.push_back(std::move(item));
            }
        };
        consider(a.due, nullptr, 0, a.leads);
        for (std::size_t i = 0; i < a.steps.size(); ++i) {
            const Step& st = a.steps[i];
            if (!is_open(st.status)) continue;
            consider(st.due, &st, static_cast<int>(i + 1), st.lead.empty() ? a.leads : std::vector<std::string>{st.lead});
        }
    }
    std::sort(v.overdue.begin(), v.overdue.end(), [](const DueItem& x, const DueItem& y) {
        return x.days != y.days ? x.days > y.days : sort_key(x) < sort_key(y);
    });
    std::sort(v.due_soon.begin(), v.due_soon.end(), [](const DueItem& x, const DueItem& y) {
        return x.days != y.days ? x.days < y.days : sort_key(x) < sort_key(y);
    });

    // One group for one name however it is typed: a lead in NFC or NFD, or
    // in another case, is the same person. The group shows the first
    // spelling met (composed).
    std::map<std::string, DueGroup> groups;
    auto add = [&](const DueItem& item, bool overdue) {
        std::set<std::string> seen;
        for (const auto& k : group_keys(item, grouping, repo)) {
            std::string same = grouping == Grouping::lead ? match_key(k) : k;
            if (!seen.insert(same).second) continue;
            DueGroup& g = groups[same];
            if (g.key.empty()) g.key = nfc(k);
            (overdue ? g.overdue : g.due_soon).push_back(&item);
        }
    };
    for (const auto& item : v.overdue) add(item, true);
    for (const auto& item : v.due_soon) add(item, false);
    for (auto& entry : groups) v.groups.push_back(std::move(entry.second));
    // Recommendations read best in number order, not text order.
    if (grouping == Grouping::recommendation)
        std::stable_sort(v.groups.begin(), v.groups.end(), [](const DueGroup& x, const DueGroup& y) {
            auto num = [](const std::string& k) { return k.rfind("Recommendation ", 0) == 0 ? std::atoi(k.c_str() + 15) : 1 << 30; };
            return num(x.key) < num(y.key);
        });
    if (v.groups.empty()) v.groups.push_back({});
    return v;
}

}  // namespace plan
