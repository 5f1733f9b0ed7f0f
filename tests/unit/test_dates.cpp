#include <doctest/doctest.h>

#include "model/date.hpp"

using namespace plan;

TEST_CASE("dates: a real calendar date reads back as itself") {
    auto d = parse_date("2017-04-30");
    REQUIRE(d.value);
    CHECK(d.value->iso() == "2017-04-30");
    CHECK(d.value->long_form() == "30 April 2017");
}

TEST_CASE("dates: impossible days are refused with the month's length") {
    CHECK(parse_date("2017-02-29").error == "'2017-02-29' is not a real date: February 2017 has 28 days");
    CHECK(parse_date("2016-02-29").value);
    CHECK(parse_date("2017-04-31").error == "'2017-04-31' is not a real date: April 2017 has 30 days");
    CHECK(parse_date("2017-13-01").error == "month 13 in '2017-13-01' does not exist; months run from 01 to 12");
}

TEST_CASE("dates: only YYYY-MM-DD is a date") {
    for (const char* bad : {"17-04-30", "2017/04/30", "30/04/2017", "2017-4-30", "2017-04-30T10:00", "", "2017-04"})
        CHECK_MESSAGE(!parse_date(bad).value, bad);
}

TEST_CASE("dates: a month due date means the month's last day") {
    auto due = parse_due("2017-02");
    REQUIRE(due.value);
    CHECK(due.value->month_only);
    CHECK(due.value->date.iso() == "2017-02-28");
    CHECK(due.value->text() == "2017-02");
    CHECK(parse_due("2016-02").value->date.iso() == "2016-02-29");
    CHECK(!parse_due("2017-00").value);
}

TEST_CASE("dates: arithmetic") {
    Date a = *Date::from_ymd(2017, 3, 31);
    CHECK(a.plus_days(1).iso() == "2017-04-01");
    CHECK(a.plus_months(1).iso() == "2017-04-30");
    CHECK(a.plus_months(-13).iso() == "2016-02-29");
    CHECK(*Date::from_ymd(2017, 4, 1) - a == 1);
}

TEST_CASE("dates: a due date written as papers write it gets the plan's form offered") {
    auto error = [](const char* text) { return plan::parse_due(text).error; };
    CHECK(error("March 2018") == "'March 2018' is not a date; write the month as 2018-03");
    CHECK(error("Sept 2017") == "'Sept 2017' is not a date; write the month as 2017-09");
    CHECK(error("14/03/2018") == "'14/03/2018' is not a date; write the date as 2018-03-14");
    CHECK(error("2018/19 Q1") == "'2018/19 Q1' is not a date; a quarter is due by its last month: write 2018-06");
    CHECK(error("2018/19 Q4") == "'2018/19 Q4' is not a date; a quarter is due by its last month: write 2019-03");
    CHECK(error("ongoing").find("write status: ongoing instead of a due date") != std::string::npos);
    CHECK(error("31/02/2018").find("2018-02-31") == std::string::npos);  // no such day: no suggestion
    CHECK(plan::parse_due("2018-03").value);
}
