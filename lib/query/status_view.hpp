#pragma once
// Everything `plan status` shows, computed once from (repository, as-of date)
// so that every output format shows the same figures.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/plan.hpp"
#include "query/action_state.hpp"
#include "query/coverage.hpp"
#include "query/filters.hpp"
#include "query/kpi_state.hpp"

namespace plan {

constexpr int kStateCount = 7;  // State::complete .. State::dropped
constexpr int kBragCount = 5;   // Brag::blue .. Brag::none

struct Tally {
    int total = 0;
    std::array<int, kStateCount> by_state{};
    std::array<int, kBragCount> by_rag{};
    void add(const ActionState& s);
    int count(State s) const { return by_state[static_cast<std::size_t>(s)]; }
    int count(Brag b) const { return by_rag[static_cast<std::size_t>(b)]; }
    // The actions progress is measured against: dropped actions are counted
    // apart ("5 of 26 complete; 1 dropped"), never in the "of".
    int counted() const { return total - count(State::dropped); }
};

struct ActionLine {
    const Action* action = nullptr;
    ActionState state;
};

struct ThemeLine {
    const Theme* theme = nullptr;  // nullptr: actions whose theme is not in plan.yaml
    Tally tally;
};

struct NextMeeting {
    const Meeting* meeting = nullptr;
    std::optional<Date> date;
};

struct KpiLine {
    const Kpi* kpi = nullptr;
    KpiState state;
    std::vector<double> recent;  // up to the last 12 figures, oldest first
};

// A point for a manager's eye: RAG optimism, a stale KPI, a quiet action.
struct Attention {
    std::string kind;  // "rag-optimism", "kpi-stale", "no-recent-progress"
    std::string subject;  // action or KPI id
    std::string message;
};

struct StatusOptions {
    int window_days = kDefaultWindowDays;  // "due soon"
    int quiet_days = 56;                   // no progress note for longer than this
    ActionFilter filter;
};

struct StatusView {
    Date as_of;
    const Repository* repo = nullptr;
    std::vector<NextMeeting> meetings;
    Tally overall;
    std::vector<ThemeLine> themes;
    std::vector<ActionLine> actions;  // the filtered actions, in file order
    std::vector<RecommendationStanding> recommendations;
    std::vector<KpiLine> kpis;
    std::vector<Attention> attention;
    const Visit* latest_visit = nullptr;  // the newest visit on or before the as-of date
    bool filtered = false;
    StatusOptions options;
};

StatusView build_status(const Repository& repo, Date as_of, const StatusOptions& options);

}  // namespace plan
