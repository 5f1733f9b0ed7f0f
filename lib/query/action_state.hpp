#pragma once
// An action's state and derived RAG at an as-of date (docs/format.md,
// "Derived meanings"). Pure: the same action and date give the same answer.
#include <optional>
#include <string>

#include "model/plan.hpp"

namespace plan {

enum class State { complete, overdue, blocked, due_soon, on_track, ongoing, dropped };
enum class Brag { blue, red, amber, green, none };  // none: dropped

constexpr int kDefaultWindowDays = 28;

struct ActionState {
    State state = State::on_track;
    Brag rag = Brag::green;
    bool blocked = false;        // status blocked, whatever the dates say
    int days_late = 0;           // for overdue: the longest lateness of the action or a step
    std::optional<Due> late_due;   // for overdue: the due date behind days_late
    int late_step = 0;             // its step's number (1-based), or 0 for the action's own
    std::optional<Date> next_due;  // the earliest open due date (the action's or a step's)
    std::optional<Due> next;       // next_due as written
    int next_step = 0;             // its step's number (1-based), or 0 for the action's own
    const ProgressEntry* latest = nullptr;  // the newest progress entry, if any
    // For ongoing actions: days since the `review` date passed (0 while it has
    // not). Ongoing work has no due date; a review missed is what falls behind.
    int review_days_late = 0;
};

// Is a step or action with this status still open work that can fall due?
bool is_open(const Field<Status>& status);

// A due date has passed once the as-of date is after it: due 2017-03 (the
// 31st) is late on 1 April, not on 31 March.
inline bool is_late(const Due& due, Date as_of) { return as_of > due.date; }

ActionState action_state(const Action& action, Date as_of, int window_days = kDefaultWindowDays);

// Why the dates (or the status) rate an action below what its lead says:
// "overdue by 15 days; the dates make it red", "blocked; its status makes it
// red". Shared by validate's rag-optimism check and status's list.
std::string optimism_reason(const ActionState& s, Date as_of);

// "1 day", "15 days"
std::string days_words(int n);

// "ongoing; its review was due on 27 March 2018, 12 days ago"
std::string review_passed_words(const Action& action, const ActionState& s);

const char* words(State s);  // "due soon"
const char* words(Brag b);   // "blue"

// The lead's RAG word as a Brag, for comparisons: green > amber > red.
Brag brag_of(Rag r);
// How good a RAG is: red 0, amber 1, green 2 (blue 3, none -1).
int goodness(Brag b);

}  // namespace plan
