#include "model/date.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <cctype>
#include <regex>

#include "model/digits.hpp"

namespace plan {
namespace {

namespace greg = boost::gregorian;
const greg::date kEpoch(1970, 1, 1);

greg::date to_boost(Date d) { return kEpoch + greg::days(d.days()); }

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// Shared reading of the YYYY-MM prefix; fills year and month or says why not.
bool read_year_month(std::string_view text, int& y, int& m, std::string& error, const char* expected) {
    if (text.size() < 7 || !all_digits(text.substr(0, 4)) || text[4] != '-' || !all_digits(text.substr(5, 2))) {
        error = fmt::format("'{}' is not a date; write {}", text, expected);
        return false;
    }
    y = digits_value(text.substr(0, 4));
    m = digits_value(text.substr(5, 2));
    if (y < 1900 || y > 2199) {
        error = fmt::format("year {} in '{}' is out of range; write a year from 1900 to 2199", y, text);
        return false;
    }
    if (m < 1 || m > 12) {
        error = fmt::format("month {:02} in '{}' does not exist; months run from 01 to 12", m, text);
        return false;
    }
    return true;
}

}  // namespace

std::optional<Date> Date::from_ymd(int y, int m, int d) {
    if (y < 1400 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return from_days(static_cast<std::int32_t>((greg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d)) - kEpoch).days()));
}

namespace {
const long long kFirstDay = (greg::date(1400, 1, 1) - kEpoch).days();
const long long kLastDay = (greg::date(9999, 12, 31) - kEpoch).days();
}  // namespace

std::optional<Date> Date::from_day_number(long long days) {
    if (days < kFirstDay || days > kLastDay) return std::nullopt;
    return from_days(static_cast<std::int32_t>(days));
}

// A date and a count both from a plan (an as-of date and a KPI's lag) may
// leave the calendar; every later step (year(), iso()) would then fail. As
// plus_months does, stop at its ends.
Date Date::plus_days(int n) const {
    long long d = static_cast<long long>(days_) + n;
    return from_days(static_cast<std::int32_t>(d < kFirstDay ? kFirstDay : d > kLastDay ? kLastDay : d));
}

int Date::year() const { return to_boost(*this).year(); }
int Date::month() const { return to_boost(*this).month(); }
int Date::day() const { return to_boost(*this).day(); }

std::string Date::iso() const {
    auto b = to_boost(*this);
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(b.year()), static_cast<int>(b.month()),
                       static_cast<int>(b.day()));
}

std::string Date::long_form() const {
    auto b = to_boost(*this);
    return fmt::format("{} {} {}", static_cast<int>(b.day()), month_name(b.month()), static_cast<int>(b.year()));
}

Date Date::plus_months(int n) const {
    int y = year(), m = month() - 1 + n, d = day();
    y += m >= 0 ? m / 12 : -((11 - m) / 12);
    m = ((m % 12) + 12) % 12 + 1;
    if (y < 1400) return *from_ymd(1400, 1, 1);  // the calendar's range: saturate, never fail
    if (y > 9999) return *from_ymd(9999, 12, 31);
    int last = days_in_month(y, m);
    return *from_ymd(y, m, d > last ? last : d);
}

int days_in_month(int year, int month) { return greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year), static_cast<unsigned short>(month)); }

const char* month_name(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : "?"; }

std::string Due::text() const {
    return month_only ? date.iso().substr(0, 7) : date.iso();
}

Parsed<Date> parse_date(std::string_view text) {
    Parsed<Date> r;
    int y = 0, m = 0;
    const char* expected = "a date as YYYY-MM-DD, such as 2017-04-30";
    if (text.size() != 10 || text[7] != '-' || !all_digits(text.substr(8, 2))) {
        r.error = fmt::format("'{}' is not a date; write {}", text.substr(0, 40), expected);
        return r;
    }
    if (!read_year_month(text, y, m, r.error, expected)) return r;
    int d = digits_value(text.substr(8, 2));
    int last = days_in_month(y, m);
    if (d < 1 || d > last) {
        r.error = fmt::format("'{}' is not a real date: {} {} has {} days", text, month_name(m), y, last);
        return r;
    }
    r.value = Date::from_ymd(y, m, d);
    return r;
}

namespace {

// What a due date written the way papers write it would be in the plan's
// form, as the end of a message: "; write 2018-03", or nothing.
std::string due_hint(std::string_view text) {
    std::string t(text.substr(0, 40));
    std::string lower = t;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "ongoing")
        return "; for work with no end date, write status: ongoing instead of a due date (and review: for when it is "
               "next looked at)";
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    std::smatch m;
    static const std::regex month_year(R"(([a-z]+)\.? +(\d{4}))");
    static const std::regex day_first(R"((\d{1,2})[/.](\d{1,2})[/.](\d{4}))");
    static const std::regex quarter(R"((\d{4})/(\d{2}) *q([1-4]))");
    auto iso_month = [](int y, int mo) { return fmt::format("; write the month as {:04}-{:02}", y, mo); };
    if (std::regex_match(lower, m, month_year)) {
        for (int i = 0; i < 12; ++i)
            if (m[1].str().size() >= 3 && std::string(months[i]).compare(0, 3, m[1].str(), 0, 3) == 0)
                return iso_month(std::stoi(m[2].str()), i + 1);
    } else if (std::regex_match(lower, m, day_first)) {
        int d = std::stoi(m[1].str()), mo = std::stoi(m[2].str()), y = std::stoi(m[3].str());
        if (Date::from_ymd(y, mo, d)) return fmt::format("; write the date as {:04}-{:02}-{:02}", y, mo, d);
    } else if (std::regex_match(lower, m, quarter)) {
        // Financial years run April to March: Q1 ends in June, Q4 in the March after.
        int y = std::stoi(m[1].str()), q = std::stoi(m[3].str());
        int end_month = 3 + 3 * q;
        return fmt::format("; a quarter is due by its last month: write {:04}-{:02}", end_month > 12 ? y + 1 : y,
                           end_month > 12 ? end_month - 12 : end_month);
    }
    return {};
}

}  // namespace

Parsed<Due> parse_due(std::string_view text) {
    Parsed<Due> r;
    if (text.size() == 7) {
        int y = 0, m = 0;
        if (read_year_month(text, y, m, r.error, "a date as YYYY-MM-DD or a month as YYYY-MM, such as 2017-04"))
            r.value = Due{*Date::from_ymd(y, m, days_in_month(y, m)), true};
        else if (std::string hint = due_hint(text); !hint.empty())
            r.error = fmt::format("'{}' is not a date{}", text, hint);
        return r;
    }
    auto d = parse_date(text);
    if (d.value) {
        r.value = Due{*d.value, false};
    } else if (std::string hint = due_hint(text); !hint.empty()) {
        r.error = fmt::format("'{}' is not a date{}", text.substr(0, 40), hint);
    } else if (text.size() == 10) {
        r.error = d.error;
    } else {
        r.error = fmt::format("'{}' is not a date; write a date as YYYY-MM-DD or a month as YYYY-MM, such as 2017-04",
                              text.substr(0, 40));
    }
    return r;
}

}  // namespace plan
