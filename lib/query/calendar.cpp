#include "query/calendar.hpp"

#include <fmt/format.h>

namespace plan {

std::optional<Date> next_meeting(const Meeting& m, Date day) {
    std::optional<Date> best;
    for (const auto& d : m.dates)
        if (d && *d >= day && (!best || *d < *best)) best = *d;
    return best;
}

std::optional<Date> previous_meeting(const Meeting& m, Date day) {
    std::optional<Date> best;
    for (const auto& d : m.dates)
        if (d && *d < day && (!best || *d > *best)) best = *d;
    return best;
}

const Meeting* find_meeting(const Repository& repo, std::string_view id) {
    for (const auto& m : repo.meetings)
        if (m.id && *m.id == id) return &m;
    return nullptr;
}

namespace {

// Digits and one of d, w, m: a length of time, whatever its size.
bool looks_like_duration(std::string_view text) {
    std::size_t digits = text.find_first_not_of("0123456789");
    return digits > 0 && digits != std::string_view::npos && digits + 1 == text.size() &&
           (text[digits] == 'd' || text[digits] == 'w' || text[digits] == 'm');
}

}  // namespace

Parsed<int> parse_duration_days(std::string_view text, Date from) {
    Parsed<int> r;
    if (!looks_like_duration(text)) {
        r.error = fmt::format("'{}' is not a length of time; write days, weeks or months such as 28d, 12w or 3m",
                              text.substr(0, 40));
        return r;
    }
    // A plan looks years ahead, not centuries; this also keeps every date
    // well inside the calendar.
    char unit = text.back();
    std::string_view digits = text.substr(0, text.size() - 1);
    long n = 0;
    for (char c : digits.substr(0, 7)) n = n * 10 + (c - '0');
    long most = unit == 'd' ? 36600 : unit == 'w' ? 5228 : 1200;
    if (digits.size() > 7 || n > most) {
        r.error = fmt::format("'{}' is too far ahead; write at most 100 years (36600d, 5228w or 1200m)",
                              text.substr(0, 40));
        return r;
    }
    int count = static_cast<int>(n);
    r.value = unit == 'm' ? from.plus_months(count) - from : unit == 'w' ? count * 7 : count;
    return r;
}

Parsed<Date> parse_window(std::string_view text, Date as_of, const Repository& repo) {
    Parsed<Date> r;
    // A length of time or a date reads as one, whatever the plan's meetings
    // are called: a meeting with the id "28d" must not change what the
    // default window (28d) means. Other words are meeting ids.
    bool date_like = !text.empty() && text[0] >= '0' && text[0] <= '9' && text.size() == 10;
    if (const Meeting* m = looks_like_duration(text) || date_like ? nullptr : find_meeting(repo, text)) {
        if (auto next = next_meeting(*m, as_of)) r.value = *next;
        else r.error = fmt::format("meeting '{}' has no date on or after {} in plan.yaml", text, as_of.iso());
        return r;
    }
    if (date_like) {
        auto d = parse_date(text);
        if (!d.value) r.error = d.error;
        else if (*d.value < as_of) r.error = fmt::format("{} is before the as-of date {}", text, as_of.iso());
        else r.value = *d.value;
        return r;
    }
    auto days = parse_duration_days(text, as_of);
    if (!days.value && looks_like_duration(text)) {
        r.error = days.error;  // "too far ahead"
        return r;
    }
    if (!days.value) {
        r.error = fmt::format("'{}' is not a window; write days, weeks or months (28d, 12w, 3m), a date (YYYY-MM-DD) or "
                              "a meeting id from plan.yaml",
                              text.substr(0, 40));
        return r;
    }
    r.value = as_of.plus_days(*days.value);
    return r;
}

}  // namespace plan
