#pragma once
// The plan repository as plain structs: plan.yaml, actions/*.yaml, kpis/*.yaml.
// Values keep the place they were read from, so that checks can point at them.
// A field whose value was absent or of the wrong type is left unset; the schema
// check reports why, and the consistency checks pass over it.
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/period.hpp"
#include "model/position.hpp"

namespace plan {

enum class Grade { inadequate, requires_improvement, good, outstanding };
enum class Cadence { monthly, quarterly, six_monthly, annual };
enum class Status { not_started, in_progress, blocked, done, ongoing, dropped };
enum class Rag { red, amber, green };
enum class Unit { percent, count, days, weeks, rate_per_10k, ratio };
enum class Better { lower, higher };
enum class Frequency { monthly, quarterly, annual };

struct PlanInfo {
    Field<std::string> id;
    std::string title, authority, service, owner, vision;
    Field<Date> start, end;
    std::vector<std::string> priorities;
};

struct Judgement {
    std::string area;
    Field<Grade> grade;
    Pos pos;
};

struct Recommendation {
    Field<int> id;
    std::string title, text;
};

struct Visit {
    Field<Date> date;
    std::string kind, focus, outcome;
};

struct Inspection {
    std::string body, framework;
    Field<Date> start, end, published;
    std::vector<Judgement> judgements;
    std::vector<Recommendation> recommendations;
    std::vector<Visit> visits;
};

struct Theme {
    Field<std::string> id;
    std::string title, lead, description;
};

struct Meeting {
    Field<std::string> id;
    std::string title;
    Field<Cadence> cadence;
    std::vector<Field<Date>> dates;
};

// A link from an action to the inspection's recommendations: 7, "3-5" or "all".
struct RecommendationRef {
    enum Kind { number, range, all } kind = number;
    int from = 0, to = 0;
    Pos pos;
};

// A due date moved, with why (written by `plan update --due --reason`).
struct Rescheduling {
    Field<Due> from, to;
    Field<Date> on;
    std::string reason, decision;
    Pos pos;
};

// The reason kept for the move of a due date from `from` to `to`, with who
// agreed it: "Board decision: wait for the new team (Board 20 Feb)"; empty
// when the plan keeps none.
inline std::string reason_for_move(const std::vector<Rescheduling>& moves, const Due& from, const Due& to) {
    for (auto it = moves.rbegin(); it != moves.rend(); ++it)
        if (it->from && it->to && it->from->date == from.date && it->to->date == to.date)
            return it->decision.empty() ? it->reason : it->reason + " (" + it->decision + ")";
    return {};
}

struct Step {
    std::string title, lead, reason;
    Field<Due> due;
    Field<Status> status;
    Field<Date> done;
    bool exempt = false;
    Pos pos;
    std::vector<Rescheduling> rescheduled;
};

struct ProgressEntry {
    Field<Date> date;
    Field<Rag> rag;
    std::string note;
    bool exempt = false;
    Pos pos;
};

struct Action {
    Field<std::string> id;
    std::string title, reason, success;
    Field<std::string> theme;
    std::vector<RecommendationRef> recommendations;
    std::vector<std::string> leads;
    Field<Due> due;
    Field<Status> status;
    Field<Date> done, review;
    std::vector<Step> steps;
    std::vector<ProgressEntry> progress;
    std::vector<Field<std::string>> measures;
    bool exempt = false;
    Pos pos;
    std::vector<Rescheduling> rescheduled;
};

struct KpiTarget {
    bool trend = false;  // year-on-year: better than the same period a year earlier
    Field<double> value;
    Field<Due> by;
};

struct Comparator {
    std::string name;
    double value = 0;
    Field<Period> period;
};

// A figure a period had before it was restated, with when and why.
struct Restatement {
    Field<double> value;
    Field<Date> on;
    std::string reason;
};

struct DataPoint {
    Field<Period> period;
    Field<double> value;
    std::string note;
    Pos pos;
    std::vector<Restatement> restated;
};

struct Kpi {
    Field<std::string> id;
    std::string title, owner, description, source;
    Field<Unit> unit;
    Field<Better> better;
    Field<Frequency> frequency;
    Field<KpiTarget> target;
    Field<double> tolerance;
    int lag_days = 30;
    std::vector<Comparator> comparators;
    std::vector<DataPoint> data;
    Pos pos;
};

struct SourceFile {
    std::string path;  // relative to the repository root, with '/' separators
    enum Kind { plan, actions, kpi, other } kind = other;
};

struct Repository {
    std::string root;  // the folder holding plan.yaml
    std::vector<SourceFile> files;
    int version = 0;
    PlanInfo plan;
    Inspection inspection;
    std::vector<Theme> themes;
    std::vector<Meeting> meetings;
    std::vector<Action> actions;
    std::vector<Kpi> kpis;
};

}  // namespace plan
