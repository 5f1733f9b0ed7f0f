#pragma once
// Calendar dates as day numbers, and the two partial forms the format allows:
// a month (`2017-04`, meaning its last day) for due dates, and KPI periods.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plan {

class Date {
public:
    Date() = default;
    static std::optional<Date> from_ymd(int y, int m, int d);
    static Date from_days(std::int32_t days) { Date r; r.days_ = days; return r; }
    // A day number from outside data (a commit's time): none unless it falls
    // within the calendar's range, 1 January 1400 to 31 December 9999.
    static std::optional<Date> from_day_number(long long days);
    std::int32_t days() const { return days_; }  // days since 1970-01-01
    int year() const;
    int month() const;
    int day() const;
    std::string iso() const;                    // 2017-04-30
    std::string long_form() const;              // 30 April 2017
    Date plus_days(int n) const;                // saturates at the calendar's range
    Date plus_months(int n) const;              // same day, clamped to month end
    friend int operator-(Date a, Date b) { return a.days_ - b.days_; }
    friend bool operator==(Date a, Date b) { return a.days_ == b.days_; }
    friend bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
    friend bool operator<(Date a, Date b) { return a.days_ < b.days_; }
    friend bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
    friend bool operator>(Date a, Date b) { return a.days_ > b.days_; }
    friend bool operator>=(Date a, Date b) { return a.days_ >= b.days_; }

private:
    std::int32_t days_ = 0;
};

int days_in_month(int year, int month);
const char* month_name(int month);  // 1 -> "January"

// A due date: a day, or a month standing for its last day.
struct Due {
    Date date;               // the day it falls due
    bool month_only = false;
    std::string text() const;  // as written: 2017-04 or 2017-04-30
};

// Outcome of reading a date-like text: a value, or a sentence saying what is
// wrong and what would be right.
template <class T>
struct Parsed {
    std::optional<T> value;
    std::string error;
};

Parsed<Date> parse_date(std::string_view text);       // YYYY-MM-DD only
Parsed<Due> parse_due(std::string_view text);         // YYYY-MM-DD or YYYY-MM

}  // namespace plan
