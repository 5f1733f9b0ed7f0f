// unique-ids and references.
#include <fmt/format.h>

#include <map>
#include <set>

#include "check/rules.hpp"
#include "model/suggest.hpp"

namespace plan {
namespace {

// Reports each id seen before, naming where it was first used.
class IdSpace {
public:
    IdSpace(const RuleContext& ctx, const char* noun) : ctx_(ctx), noun_(noun) {}
    void add(const Field<std::string>& id) {
        if (!id) return;
        auto [it, fresh] = seen_.emplace(*id, id.pos);
        if (!fresh)
            ctx_.report(id.pos, Check::unique_ids,
                        fmt::format("{} id '{}' is already used at {}; ids must be unique", noun_, *id, ctx_.where(it->second)));
    }

private:
    const RuleContext& ctx_;
    const char* noun_;
    std::map<std::string, Pos> seen_;
};

// "1-17", or "1-3, 5, 8-9": the recommendation numbers the plan has.
std::string number_list(const std::set<int>& numbers) {
    std::string r;
    for (auto it = numbers.begin(); it != numbers.end();) {
        int first = *it, last = first;
        while (++it != numbers.end() && *it == last + 1) last = *it;
        if (!r.empty()) r += ", ";
        r += first == last ? fmt::format("{}", first) : fmt::format("{}-{}", first, last);
    }
    return r.empty() ? "none" : r;
}

std::vector<std::string> keys(const std::map<std::string, Pos>& m) {
    std::vector<std::string> r;
    for (const auto& [k, v] : m) r.push_back(k);
    return r;
}

std::string suggestion(const std::string& word, const std::vector<std::string>& candidates) {
    std::string c = closest(word, candidates);
    return c.empty() ? std::string() : fmt::format("; did you mean '{}'?", c);
}

}  // namespace

void check_unique_ids(const RuleContext& ctx) {
    IdSpace actions(ctx, "action"), themes(ctx, "theme"), kpis(ctx, "KPI"), meetings(ctx, "meeting");
    for (const auto& a : ctx.repo.actions) actions.add(a.id);
    for (const auto& t : ctx.repo.themes) themes.add(t.id);
    for (const auto& k : ctx.repo.kpis) kpis.add(k.id);
    for (const auto& m : ctx.repo.meetings) meetings.add(m.id);
    std::map<int, Pos> numbers;
    for (const auto& r : ctx.repo.inspection.recommendations) {
        if (!r.id) continue;
        auto [it, fresh] = numbers.emplace(*r.id, r.id.pos);
        if (!fresh)
            ctx.report(r.id.pos, Check::unique_ids,
                       fmt::format("recommendation {} is already numbered at {}; numbers must be unique", *r.id,
                                   ctx.where(it->second)));
    }
}

void check_references(const RuleContext& ctx) {
    std::map<std::string, Pos> themes, kpis;
    for (const auto& t : ctx.repo.themes)
        if (t.id) themes.emplace(*t.id, t.id.pos);
    for (const auto& k : ctx.repo.kpis)
        if (k.id) kpis.emplace(*k.id, k.id.pos);
    std::set<int> numbers;
    for (const auto& r : ctx.repo.inspection.recommendations)
        if (r.id) numbers.insert(*r.id);

    for (const auto& a : ctx.repo.actions) {
        if (!ctx.plan_read) break;  // themes and recommendations are defined there
        if (a.theme && !themes.count(*a.theme))
            ctx.report(a.theme.pos, Check::references,
                       fmt::format("{} names theme '{}', which plan.yaml does not define{}", describe(a), *a.theme,
                                   suggestion(*a.theme, keys(themes))));
        for (const auto& ref : a.recommendations) {
            if (ref.kind == RecommendationRef::all) continue;
            std::vector<int> missing;
            bool more = false;
            for (int n = ref.from; n <= ref.to; ++n) {
                if (numbers.count(n)) continue;
                if (missing.size() == 5) {
                    more = true;
                    break;
                }
                missing.push_back(n);
            }
            if (missing.empty()) continue;
            std::string what = ref.kind == RecommendationRef::number
                                   ? fmt::format("recommendation {}", ref.from)
                                   : fmt::format("recommendations {}-{} (there is no {}{})", ref.from, ref.to,
                                                 fmt::join(missing, ", "), more ? ", …" : "");
            ctx.report(ref.pos, Check::references,
                       fmt::format("{} links {}, but the inspection's recommendations are {}", describe(a), what,
                                   number_list(numbers)));
        }
    }
    for (const auto& a : ctx.repo.actions) {
        if (!ctx.kpis_read) break;
        for (const auto& m : a.measures)
            if (!kpis.count(*m))
                ctx.report(m.pos, Check::references,
                           fmt::format("{} measures '{}', which is not the id of a KPI in kpis/{}", describe(a), *m,
                                       suggestion(*m, keys(kpis))));
    }
}

void check_coverage(const RuleContext& ctx) {
    if (!ctx.plan_read || !ctx.actions_read) return;
    std::set<int> covered;
    bool all = false;
    for (const auto& a : ctx.repo.actions) {
        if (a.status && *a.status == Status::dropped) continue;
        for (const auto& ref : a.recommendations) {
            if (ref.kind == RecommendationRef::all) all = true;
            for (int n = ref.from; ref.kind != RecommendationRef::all && n <= ref.to && n - ref.from < 10000; ++n)
                covered.insert(n);
        }
    }
    if (all) return;
    std::set<int> uncovered;
    for (const auto& r : ctx.repo.inspection.recommendations)
        if (r.id && !covered.count(*r.id)) uncovered.insert(*r.id);
    // A plan with no actions yet: one finding, not one per recommendation
    // each repeating the same list.
    if (covered.empty() && uncovered.size() > 1) {
        for (const auto& r : ctx.repo.inspection.recommendations)
            if (r.id) {
                ctx.report(r.id.pos, Check::coverage,
                           fmt::format("none of the {} recommendations is covered: no action that is not dropped "
                                       "links to any of them (uncovered: {})",
                                       uncovered.size(), number_list(uncovered)));
                return;
            }
    }
    for (const auto& r : ctx.repo.inspection.recommendations)
        if (r.id && uncovered.count(*r.id))
            ctx.report(r.id.pos, Check::coverage,
                       fmt::format("recommendation {} is not covered: no action that is not dropped links to it "
                                   "(uncovered: {})",
                                   *r.id, number_list(uncovered)));
}

}  // namespace plan
