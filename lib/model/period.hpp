#pragma once
// KPI reporting periods. Each ends on a definite date, which orders a series.
//   2017-04      a calendar month            2017      a calendar year
//   2017-04-30   a snapshot on one day       2016/17   a UK financial year (1 April - 31 March)
//   2016/17 Q3   a financial quarter (Q1 is April-June, so Q3 is October-December 2016)
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace plan {

enum class PeriodKind { month, snapshot, year, financial_year, financial_quarter };

struct Period {
    PeriodKind kind = PeriodKind::month;
    Date start;
    Date end;
    std::string text;  // as written, for display

    // The period of the same kind one year earlier (for year-on-year targets).
    Period year_earlier() const;
    // The period of the same kind just before this one.
    Period previous() const;
    // The period of the same kind just after this one.
    Period next() const;
};

Parsed<Period> parse_period(std::string_view text);

// The period of `kind` that contains `day`.
Period period_containing(PeriodKind kind, Date day);

// Words for error messages: "a month (YYYY-MM)".
const char* period_kind_words(PeriodKind kind);

}  // namespace plan
