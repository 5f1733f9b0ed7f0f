// The checks on actions, their steps and progress, and on the plan's dates.
#include <fmt/format.h>

#include "check/rules.hpp"
#include "model/vocabulary.hpp"
#include "query/action_state.hpp"

namespace plan {
namespace {

bool has(const Field<Status>& s, Status want) { return s && *s == want; }

std::string step_name(const Action& a, std::size_t index) {
    return fmt::format("step {} of {}", index + 1, describe(a));
}

}  // namespace

void check_status_fields(const RuleContext& ctx) {
    for (const auto& a : ctx.repo.actions) {
        // A done date that is present but not a date is reported as a date.
        if (has(a.status, Status::done) && !a.done && !a.done.pos.line)
            ctx.report(a.status.pos, Check::status_fields,
                       fmt::format("{} is done but has no completion date; add done: YYYY-MM-DD", describe(a)));
        if (has(a.status, Status::dropped) && a.reason.empty())
            ctx.report(a.status.pos, Check::status_fields,
                       fmt::format("{} is dropped but gives no reason; add reason: and say why", describe(a)));
        if (has(a.status, Status::ongoing) && a.due)
            ctx.report(a.due.pos, Check::status_fields,
                       fmt::format("{} is ongoing, so it has no due date; remove due:, or use review: for when it is "
                                   "next looked at",
                                   describe(a)));
        if (a.done && a.status && *a.status != Status::done)
            ctx.report(a.done.pos, Check::status_fields,
                       fmt::format("{} has a completion date but its status is {}; set status: done or remove done:",
                                   describe(a), to_string(*a.status)));
        for (std::size_t i = 0; i < a.steps.size(); ++i) {
            const Step& s = a.steps[i];
            if (s.done && s.status && *s.status != Status::done)
                ctx.report(s.done.pos, Check::status_fields,
                           fmt::format("{} has a completion date but its status is {}; set status: done or remove done:",
                                       step_name(a, i), to_string(*s.status)));
        }
    }
}

void check_done_dates(const RuleContext& ctx) {
    auto check = [&](const Field<Date>& done, const std::string& what) {
        if (done && *done > ctx.as_of)
            ctx.report(done.pos, Check::done_date,
                       fmt::format("{} was completed on {}, after the as-of date {}; a completion date cannot be in the "
                                   "future",
                                   what, done->iso(), ctx.as_of.iso()));
    };
    for (const auto& a : ctx.repo.actions) {
        check(a.done, describe(a));
        for (std::size_t i = 0; i < a.steps.size(); ++i) check(a.steps[i].done, step_name(a, i));
    }
}

void check_plan_period(const RuleContext& ctx) {
    const auto& p = ctx.repo.plan;
    if (!p.start || !p.end || *p.end < *p.start) return;
    // Work finished, dropped or ongoing before the plan began (the papers'
    // "early actions") is history, not a date to move.
    auto check = [&](const Field<Due>& due, const Field<Status>& status, const std::string& what) {
        if (!due) return;
        if (due->date < *p.start && is_open(status))
            ctx.report(due.pos, Check::plan_period,
                       fmt::format("{} is due {}, before the plan starts on {}", what, due->text(), p.start->iso()));
        // A month due date falls in the plan when its month does.
        Date earliest = due->month_only ? due->date.plus_days(1 - due->date.day()) : due->date;
        if (earliest > *p.end)
            ctx.report(due.pos, Check::plan_period,
                       fmt::format("{} is due {}, after the plan ends on {}", what, due->text(), p.end->iso()));
    };
    for (const auto& a : ctx.repo.actions) {
        check(a.due, a.status, describe(a));
        for (std::size_t i = 0; i < a.steps.size(); ++i) check(a.steps[i].due, a.steps[i].status, step_name(a, i));
    }
}

void check_date_order(const RuleContext& ctx) {
    auto check = [&](const Field<Date>& start, const Field<Date>& end, const char* what) {
        if (start && end && *end < *start)
            ctx.report(end.pos, Check::date_order,
                       fmt::format("{} ends on {}, before it starts on {}", what, end->iso(), start->iso()));
    };
    check(ctx.repo.plan.start, ctx.repo.plan.end, "the plan");
    check(ctx.repo.inspection.start, ctx.repo.inspection.end, "the inspection");
}

void check_step_dues(const RuleContext& ctx) {
    for (const auto& a : ctx.repo.actions) {
        if (!a.due) continue;
        for (std::size_t i = 0; i < a.steps.size(); ++i) {
            const Step& s = a.steps[i];
            if (s.due && s.due->date > a.due->date)
                ctx.report(s.due.pos, Check::step_after_action,
                           fmt::format("{} is due {}, after its action (due {})", step_name(a, i), s.due->text(),
                                       a.due->text()));
        }
    }
}

void check_progress_order(const RuleContext& ctx) {
    for (const auto& a : ctx.repo.actions) {
        const ProgressEntry* before = nullptr;
        for (const auto& p : a.progress) {
            if (!p.date) continue;
            if (before && *p.date < *before->date)
                ctx.report(p.date.pos, Check::progress_order,
                           fmt::format("progress entry of {} in {} comes after one of {}; write entries oldest first",
                                       p.date->iso(), describe(a), before->date->iso()));
            if (*p.date > ctx.as_of)
                ctx.report(p.date.pos, Check::progress_order,
                           fmt::format("progress entry in {} is dated {}, after the as-of date {}", describe(a),
                                       p.date->iso(), ctx.as_of.iso()));
            before = &p;
        }
    }
}

void check_rag_optimism(const RuleContext& ctx) {
    for (const auto& a : ctx.repo.actions) {
        ActionState s = action_state(a, ctx.as_of);
        if (!s.latest || !s.latest->rag || s.rag == Brag::blue || s.rag == Brag::none) continue;
        Brag marked = brag_of(*s.latest->rag);
        if (goodness(marked) <= goodness(s.rag)) continue;
        ctx.report(s.latest->rag.pos, Check::rag_optimism,
                   fmt::format("{} is marked {} (progress of {}) but is {}", describe(a), words(marked),
                               s.latest->date->iso(), optimism_reason(s, ctx.as_of)));
    }
}

}  // namespace plan
