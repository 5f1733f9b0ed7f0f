#include "query/action_state.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

bool is_open(const Field<Status>& status) {
    if (!status) return true;  // an unknown status is treated as work still to do
    switch (*status) {
    case Status::done:
    case Status::dropped:
    case Status::ongoing: return false;
    default: return true;
    }
}

ActionState action_state(const Action& action, Date as_of, int window_days) {
    ActionState s;
    for (const auto& p : action.progress)
        if (p.date && (!s.latest || !(p.date.value < s.latest->date.value))) s.latest = &p;

    Status status = action.status ? *action.status : Status::not_started;
    if (status == Status::done) {
        s.state = State::complete;
        s.rag = Brag::blue;
        return s;
    }
    if (status == Status::dropped) {
        s.state = State::dropped;
        s.rag = Brag::none;
        return s;
    }
    if (status == Status::ongoing) {
        s.state = State::ongoing;
        s.rag = Brag::green;
        if (action.review && as_of > *action.review) s.review_days_late = as_of - *action.review;
        return s;
    }

    // The action's own due date and those of its open steps.
    auto consider = [&](const Field<Due>& due, int step) {
        if (!due) return;
        if (is_late(*due, as_of) && as_of - due->date > s.days_late) {
            s.days_late = as_of - due->date;
            s.late_due = *due;
            s.late_step = step;
        }
        if (!s.next_due || due->date < *s.next_due) {
            s.next_due = due->date;
            s.next = *due;
            s.next_step = step;
        }
    };
    consider(action.due, 0);
    for (std::size_t i = 0; i < action.steps.size(); ++i)
        if (is_open(action.steps[i].status)) consider(action.steps[i].due, static_cast<int>(i + 1));

    s.blocked = status == Status::blocked;
    bool due_soon = s.next_due && *s.next_due >= as_of && *s.next_due - as_of <= window_days;
    if (s.days_late > 0) {
        s.state = State::overdue;
        s.rag = Brag::red;
    } else if (s.blocked) {
        s.state = State::blocked;
        s.rag = Brag::red;
    } else if (due_soon) {
        s.state = State::due_soon;
        s.rag = status == Status::not_started ? Brag::amber : Brag::green;
    } else {
        s.state = State::on_track;
        s.rag = Brag::green;
    }
    return s;
}

std::string days_words(int n) { return fmt::format("{} {}", n, n == 1 ? "day" : "days"); }

std::string optimism_reason(const ActionState& s, Date as_of) {
    if (s.state == State::overdue)
        return fmt::format("overdue by {}; the dates make it {}", days_words(s.days_late), words(s.rag));
    if (s.state == State::blocked) return fmt::format("blocked; its status makes it {}", words(s.rag));
    int days = s.next_due ? *s.next_due - as_of : 0;
    return fmt::format("due {} and not started; the dates make it {}",
                       days == 0 ? std::string("today") : "in " + days_words(days), words(s.rag));
}

std::string review_passed_words(const Action& action, const ActionState& s) {
    return fmt::format("ongoing; its review was due on {}, {} ago", action.review ? action.review->long_form() : "?",
                       days_words(s.review_days_late));
}

const char* words(State s) {
    static const char* const w[] = {"complete", "overdue", "blocked", "due soon", "on track", "ongoing", "dropped"};
    return w[static_cast<int>(s)];
}

const char* words(Brag b) {
    static const char* const w[] = {"blue", "red", "amber", "green", "none"};
    return w[static_cast<int>(b)];
}

Brag brag_of(Rag r) {
    switch (r) {
    case Rag::red: return Brag::red;
    case Rag::amber: return Brag::amber;
    case Rag::green: return Brag::green;
    }
    return Brag::none;
}

int goodness(Brag b) {
    switch (b) {
    case Brag::red: return 0;
    case Brag::amber: return 1;
    case Brag::green: return 2;
    case Brag::blue: return 3;
    case Brag::none: return -1;
    }
    return -1;
}

}  // namespace plan
