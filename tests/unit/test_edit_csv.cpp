#include <doctest/doctest.h>

#include "edit/csv_reader.hpp"
#include "edit/import_rules.hpp"
#include "edit/kpi_number.hpp"

using namespace plan;

TEST_CASE("csv: quoted cells, doubled quotes, separators and line breaks inside quotes, CRLF") {
    CsvProblem p;
    auto rows = read_csv("a,b\r\n\"x, \"\"y\"\"\",\"line one\r\nline two\"\r\n\r\nlast,\n", ',', 10, p);
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[1].cells == std::vector<std::string>{"x, \"y\"", "line one\r\nline two"});
    CHECK((*rows)[1].line == 2);
    CHECK((*rows)[2].line == 5);  // the quoted line break counts; the empty line is skipped
    CHECK((*rows)[2].cells == std::vector<std::string>{"last", ""});
}

TEST_CASE("csv: an unclosed quote and text after a closing quote are problems with their place") {
    CsvProblem p;
    CHECK(!read_csv("a,b\nc,\"open\n", ',', 10, p));
    CHECK(p.place.row == 2);
    CHECK(p.place.column == 2);
    CHECK(!read_csv("\"a\"b\n", ',', 10, p));
    CHECK(p.message.find("closing quote") != std::string::npos);
    CHECK(!read_csv("1\n2\n3\n", ',', 2, p));
}

TEST_CASE("csv: UTF-8 with a BOM, Windows-1252 by default when not UTF-8, NUL refused") {
    CsvProblem p;
    auto bom = decode_csv("\xEF\xBB\xBF" "caf\xC3\xA9", std::nullopt, p);
    REQUIRE(bom);
    CHECK(bom->had_bom);
    CHECK(bom->encoding == CsvEncoding::utf8);
    CHECK(bom->text == "caf\xC3\xA9");
    auto cp = decode_csv("caf\xE9 \x80 \x93q\x94", std::nullopt, p);
    REQUIRE(cp);
    CHECK(cp->encoding == CsvEncoding::windows_1252);
    CHECK(cp->text == "caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x9Cq\xE2\x80\x9D");
    CHECK(!decode_csv("caf\xE9", CsvEncoding::utf8, p));
    CHECK(!decode_csv("a,b\n1,\x81", CsvEncoding::windows_1252, p));
    CHECK(!decode_csv(std::string("a\n1,2\0", 6), std::nullopt, p));
    CHECK(p.place.row == 2);
}

TEST_CASE("kpi numbers: decimal marks, thousands, percent; formulas and exponents are not numbers") {
    CHECK(read_kpi_number("12")->text == "12");
    CHECK(read_kpi_number("-3")->value == -3);
    CHECK(read_kpi_number("+2.5")->text == "2.5");
    CHECK(read_kpi_number("84.9%")->text == "84.9");
    CHECK(read_kpi_number("1.234,5", ',', '.')->text == "1234.5");
    CHECK(read_kpi_number("007")->text == "7");
    CHECK(read_kpi_number("-0")->text == "0");
    CHECK(!read_kpi_number("1e3"));
    CHECK(!read_kpi_number("=1+2"));
    CHECK(!read_kpi_number("12."));
    CHECK(!read_kpi_number(""));
}

TEST_CASE("import periods: each format, a month's last day, and what does not fit") {
    CHECK(read_period_cell("Apr-18", {"Mon-YY"}).value->text == "2018-04");
    CHECK(read_period_cell("April 2018", {}).value->text == "2018-04");
    CHECK(read_period_cell("04/2018", {}).value->text == "2018-04");
    CHECK(read_period_cell("Q1 2018/19", {}).value->text == "2018/19 Q1");
    CHECK(read_period_cell("2018/19 Q1", {}).value->text == "2018/19 Q1");
    CHECK(read_period_cell("30/04/2018", {"DD/MM/YYYY"}).value->text == "2018-04");
    CHECK(!read_period_cell("29/04/2018", {"DD/MM/YYYY"}).value);
    CHECK(!read_period_cell("2018-04", {"Mon-YY"}).value);
    // A long cell is refused before any pattern sees it.
    auto long_cell = read_period_cell(std::string(200000, '1'), {});
    CHECK(!long_cell.value);
    CHECK(long_cell.error.find("too long") != std::string::npos);
}

TEST_CASE("import rules: directives read, mistakes named with their line") {
    RulesProblem p;
    auto r = read_import_rules("# c\nskip 2\nseparator ;\nfields _, kpi, period, value\nmap \"A b %\" k1\n", p);
    REQUIRE(r);
    CHECK(r->skip == 2);
    CHECK(r->separator == ';');
    CHECK(r->columns.at("kpi") == 1);
    CHECK(r->names.at("A b %") == "k1");
    CHECK(!read_import_rules("skip 1\nfields kpi, month, value\n", p));
    CHECK(p.line == 2);
    CHECK(!read_import_rules("fields kpi, value\n", p));
    CHECK(!read_import_rules("fields kpi, period, value\nmap \"unclosed k1\n", p));
    CHECK(p.line == 2);
}
