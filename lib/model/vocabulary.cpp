#include "model/vocabulary.hpp"

#include <array>
#include <utility>

namespace plan {
namespace {

// One table per vocabulary, in enum order; parsing and printing both read it.
template <class E, std::size_t N>
using Table = std::array<std::pair<E, const char*>, N>;

constexpr Table<Grade, 4> kGrades{{{Grade::inadequate, "inadequate"},
                                   {Grade::requires_improvement, "requires-improvement"},
                                   {Grade::good, "good"},
                                   {Grade::outstanding, "outstanding"}}};
constexpr Table<Cadence, 4> kCadences{{{Cadence::monthly, "monthly"},
                                       {Cadence::quarterly, "quarterly"},
                                       {Cadence::six_monthly, "six-monthly"},
                                       {Cadence::annual, "annual"}}};
constexpr Table<Status, 6> kStatuses{{{Status::not_started, "not-started"},
                                      {Status::in_progress, "in-progress"},
                                      {Status::blocked, "blocked"},
                                      {Status::done, "done"},
                                      {Status::ongoing, "ongoing"},
                                      {Status::dropped, "dropped"}}};
constexpr Table<Rag, 3> kRags{{{Rag::red, "red"}, {Rag::amber, "amber"}, {Rag::green, "green"}}};
constexpr Table<Unit, 6> kUnits{{{Unit::percent, "percent"},
                                 {Unit::count, "count"},
                                 {Unit::days, "days"},
                                 {Unit::weeks, "weeks"},
                                 {Unit::rate_per_10k, "rate-per-10k"},
                                 {Unit::ratio, "ratio"}}};
constexpr Table<Better, 2> kBetters{{{Better::lower, "lower"}, {Better::higher, "higher"}}};
constexpr Table<Frequency, 3> kFrequencies{
    {{Frequency::monthly, "monthly"}, {Frequency::quarterly, "quarterly"}, {Frequency::annual, "annual"}}};

template <class E, std::size_t N>
std::optional<E> lookup(const Table<E, N>& table, std::string_view s) {
    for (const auto& [value, name] : table)
        if (s == name) return value;
    return std::nullopt;
}

template <class E, std::size_t N>
const char* name_of(const Table<E, N>& table, E e) {
    return table[static_cast<std::size_t>(e)].second;
}

}  // namespace

std::optional<Grade> grade_from(std::string_view s) { return lookup(kGrades, s); }
std::optional<Cadence> cadence_from(std::string_view s) { return lookup(kCadences, s); }
std::optional<Status> status_from(std::string_view s) { return lookup(kStatuses, s); }
std::optional<Rag> rag_from(std::string_view s) { return lookup(kRags, s); }
std::optional<Unit> unit_from(std::string_view s) { return lookup(kUnits, s); }
std::optional<Better> better_from(std::string_view s) { return lookup(kBetters, s); }
std::optional<Frequency> frequency_from(std::string_view s) { return lookup(kFrequencies, s); }

const char* to_string(Grade g) { return name_of(kGrades, g); }
const char* to_string(Cadence c) { return name_of(kCadences, c); }
const char* to_string(Status s) { return name_of(kStatuses, s); }
const char* to_string(Rag r) { return name_of(kRags, r); }
const char* to_string(Unit u) { return name_of(kUnits, u); }
const char* to_string(Better b) { return name_of(kBetters, b); }
const char* to_string(Frequency f) { return name_of(kFrequencies, f); }

const char* words(Grade g) {
    static const char* const w[] = {"inadequate", "requires improvement", "good", "outstanding"};
    return w[static_cast<int>(g)];
}

const char* words(Status s) {
    static const char* const w[] = {"not started", "in progress", "blocked", "done", "ongoing", "dropped"};
    return w[static_cast<int>(s)];
}

}  // namespace plan
