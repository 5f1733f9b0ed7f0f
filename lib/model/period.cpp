#include "model/period.hpp"

#include <fmt/format.h>

#include "model/digits.hpp"

namespace plan {
namespace {

Date first_of(int y, int m) { return *Date::from_ymd(y, m, 1); }
Date last_of(int y, int m) { return *Date::from_ymd(y, m, days_in_month(y, m)); }

// Builds the period of `kind` that starts in year `y`, month `m` (quarters and
// financial years are named by the year in which they start).
Period make(PeriodKind kind, int y, int m, Date snapshot = {}) {
    Period p;
    p.kind = kind;
    switch (kind) {
    case PeriodKind::snapshot:
        p.start = p.end = snapshot;
        p.text = snapshot.iso();
        break;
    case PeriodKind::month:
        p.start = first_of(y, m);
        p.end = last_of(y, m);
        p.text = fmt::format("{:04}-{:02}", y, m);
        break;
    case PeriodKind::year:
        p.start = first_of(y, 1);
        p.end = last_of(y, 12);
        p.text = fmt::format("{:04}", y);
        break;
    case PeriodKind::financial_year:
        p.start = first_of(y, 4);
        p.end = last_of(y + 1, 3);
        p.text = fmt::format("{:04}/{:02}", y, (y + 1) % 100);
        break;
    case PeriodKind::financial_quarter: {
        // m is the first month of the quarter: 4, 7, 10 (year y) or 1 (year y, in FY y-1).
        int fy = m >= 4 ? y : y - 1;
        int q = m >= 4 ? (m - 4) / 3 + 1 : 4;
        p.start = first_of(y, m);
        p.end = last_of(m + 2 > 12 ? y + 1 : y, (m + 1) % 12 + 1);
        p.text = fmt::format("{:04}/{:02} Q{}", fy, (fy + 1) % 100, q);
        break;
    }
    }
    return p;
}

Period shifted(const Period& p, int months) {
    if (p.kind == PeriodKind::snapshot) return make(p.kind, 0, 0, p.start.plus_months(months));
    Date s = p.start.plus_months(months);
    return make(p.kind, s.year(), s.month());
}

int length_in_months(PeriodKind kind) {
    switch (kind) {
    case PeriodKind::month: return 1;
    case PeriodKind::financial_quarter: return 3;
    default: return 12;
    }
}

}  // namespace

Period Period::year_earlier() const { return shifted(*this, -12); }
Period Period::previous() const { return shifted(*this, -length_in_months(kind)); }
Period Period::next() const { return shifted(*this, length_in_months(kind)); }

Period period_containing(PeriodKind kind, Date day) {
    int y = day.year(), m = day.month();
    switch (kind) {
    case PeriodKind::snapshot: return make(kind, 0, 0, day);
    case PeriodKind::month: return make(kind, y, m);
    case PeriodKind::year: return make(kind, y, 1);
    case PeriodKind::financial_year: return make(kind, m >= 4 ? y : y - 1, 4);
    case PeriodKind::financial_quarter: return make(kind, y, m - (m - 1) % 3);
    }
    return {};
}

const char* period_kind_words(PeriodKind kind) {
    switch (kind) {
    case PeriodKind::month: return "a month (YYYY-MM)";
    case PeriodKind::snapshot: return "a day (YYYY-MM-DD)";
    case PeriodKind::year: return "a calendar year (YYYY)";
    case PeriodKind::financial_year: return "a financial year (YYYY/YY)";
    case PeriodKind::financial_quarter: return "a financial quarter (YYYY/YY Qn)";
    }
    return "?";
}

Parsed<Period> parse_period(std::string_view text) {
    Parsed<Period> r;
    auto fail = [&] {
        r.error = fmt::format("'{}' is not a period; write a month 2017-04, a day 2017-04-30, a year 2017, "
                              "a financial year 2016/17 or a financial quarter 2016/17 Q3",
                              text.substr(0, 40));
        return r;
    };
    if (text.size() < 4 || !all_digits(text.substr(0, 4))) return fail();
    int y = digits_value(text.substr(0, 4));
    if (y < 1900 || y > 2199) {
        r.error = fmt::format("year {} in '{}' is out of range; write a year from 1900 to 2199", y, text);
        return r;
    }
    if (text.size() == 4) {
        r.value = make(PeriodKind::year, y, 1);
        return r;
    }
    if (text[4] == '-') {
        if (text.size() == 7) {
            auto d = parse_due(text);
            if (!d.value) { r.error = d.error; return r; }
            r.value = make(PeriodKind::month, y, d.value->date.month());
            return r;
        }
        auto d = parse_date(text);
        if (!d.value) { r.error = d.error; return r; }
        r.value = make(PeriodKind::snapshot, 0, 0, *d.value);
        return r;
    }
    if (text[4] != '/' || text.size() < 7 || !all_digits(text.substr(5, 2))) return fail();
    int second = digits_value(text.substr(5, 2));
    if (second != (y + 1) % 100) {
        r.error = fmt::format("'{}' is not a financial year: the year after {} is {:02}, so write {}/{:02}",
                              text, y, (y + 1) % 100, y, (y + 1) % 100);
        return r;
    }
    if (text.size() == 7) {
        r.value = make(PeriodKind::financial_year, y, 4);
        return r;
    }
    if (text.size() != 10 || text[7] != ' ' || text[8] != 'Q' || text[9] < '1' || text[9] > '4') return fail();
    int q = text[9] - '0';
    int first_month = q == 4 ? 1 : 4 + 3 * (q - 1);
    r.value = make(PeriodKind::financial_quarter, q == 4 ? y + 1 : y, first_month);
    return r;
}

}  // namespace plan
