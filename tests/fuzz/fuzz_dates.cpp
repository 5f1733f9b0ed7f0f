// fuzz_dates: the date, month, period, window and duration parsers, and the
// calendar arithmetic on whatever they accept. Round trips must hold: a
// parsed date written back in ISO form parses to the same day; a period's
// text parses to the same period; a period starts no later than it ends and
// contains both ends; the previous and next periods touch it.
#include <string>

#include "fuzz_common.hpp"
#include "model/date.hpp"
#include "model/period.hpp"
#include "query/calendar.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace plan;
    std::string text(reinterpret_cast<const char*>(data), size);

    auto date = parse_date(text);
    if (date.value) {
        auto again = parse_date(date.value->iso());
        if (!again.value || *again.value != *date.value) fuzz::broken("a date does not survive iso()", text, 0);
        (void)date.value->long_form();
        Date later = date.value->plus_months(13);
        if (later < *date.value) fuzz::broken("plus_months(13) went backwards", text, 0);
    } else if (date.error.empty()) {
        fuzz::broken("a date refused without a message", text, 0);
    }

    auto due = parse_due(text);
    if (due.value) {
        auto again = parse_due(due.value->text());
        if (!again.value || again.value->date != due.value->date) fuzz::broken("a due date does not survive text()", text, 0);
    } else if (due.error.empty()) {
        fuzz::broken("a due date refused without a message", text, 0);
    }

    auto period = parse_period(text);
    if (period.value) {
        const Period& p = *period.value;
        if (p.end < p.start) fuzz::broken("a period ends before it starts", text, 0);
        auto again = parse_period(p.text);
        if (!again.value || again.value->start != p.start || again.value->end != p.end)
            fuzz::broken("a period does not survive its text", text, 0);
        Period prev = p.previous(), next = p.next(), year = p.year_earlier();
        if (!(prev.end < p.start) || !(p.end < next.start)) fuzz::broken("previous/next overlap the period", text, 0);
        if (!(year.end < p.end)) fuzz::broken("year_earlier is not earlier", text, 0);
        Period around = period_containing(p.kind, p.end);
        if (around.start > p.end || around.end < p.end) fuzz::broken("period_containing misses the day", text, 0);
    } else if (period.error.empty()) {
        fuzz::broken("a period refused without a message", text, 0);
    }

    Repository repo;
    auto window = parse_window(text, fuzz::as_of(), repo);
    if (!window.value && window.error.empty()) fuzz::broken("a window refused without a message", text, 0);
    auto duration = parse_duration_days(text, fuzz::as_of());
    if (duration.value && *duration.value < 0) fuzz::broken("a negative duration", text, 0);
    if (!duration.value && duration.error.empty()) fuzz::broken("a duration refused without a message", text, 0);
    return 0;
}
