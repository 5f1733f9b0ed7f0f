#include <doctest/doctest.h>

#include "model/period.hpp"

using namespace plan;

TEST_CASE("periods: each form ends on a definite date") {
    struct Case {
        const char* text;
        PeriodKind kind;
        const char* start;
        const char* end;
    };
    const Case cases[] = {
        {"2017-04", PeriodKind::month, "2017-04-01", "2017-04-30"},
        {"2017-04-12", PeriodKind::snapshot, "2017-04-12", "2017-04-12"},
        {"2017", PeriodKind::year, "2017-01-01", "2017-12-31"},
        {"2016/17", PeriodKind::financial_year, "2016-04-01", "2017-03-31"},
        {"2016/17 Q1", PeriodKind::financial_quarter, "2016-04-01", "2016-06-30"},
        {"2016/17 Q3", PeriodKind::financial_quarter, "2016-10-01", "2016-12-31"},
        {"2016/17 Q4", PeriodKind::financial_quarter, "2017-01-01", "2017-03-31"},
        {"1999/00", PeriodKind::financial_year, "1999-04-01", "2000-03-31"},
    };
    for (const auto& c : cases) {
        auto p = parse_period(c.text);
        REQUIRE_MESSAGE(p.value, c.text);
        CHECK(p.value->kind == c.kind);
        CHECK(p.value->start.iso() == c.start);
        CHECK(p.value->end.iso() == c.end);
        CHECK(p.value->text == c.text);
    }
}

TEST_CASE("periods: malformed ones say what to write") {
    CHECK(parse_period("2016/18").error == "'2016/18' is not a financial year: the year after 2016 is 17, so write 2016/17");
    CHECK(!parse_period("2016/17 Q5").value);
    CHECK(!parse_period("2016 Q1").value);
    CHECK(!parse_period("Q1 2016/17").value);
    CHECK(!parse_period("2017-02-29").value);
}

TEST_CASE("periods: a year earlier, and the one before, keep the kind") {
    auto q = *parse_period("2017/18 Q1").value;
    CHECK(q.year_earlier().text == "2016/17 Q1");
    CHECK(q.previous().text == "2016/17 Q4");
    CHECK(q.next().text == "2017/18 Q2");
    auto m = *parse_period("2017-01").value;
    CHECK(m.previous().text == "2016-12");
    CHECK(m.year_earlier().text == "2016-01");
    CHECK(parse_period("2016/17").value->previous().text == "2015/16");
}

TEST_CASE("periods: the quarter containing a day") {
    Date d = *Date::from_ymd(2017, 2, 14);
    CHECK(period_containing(PeriodKind::financial_quarter, d).text == "2016/17 Q4");
    CHECK(period_containing(PeriodKind::financial_year, d).text == "2016/17");
    CHECK(period_containing(PeriodKind::month, d).text == "2017-02");
}
