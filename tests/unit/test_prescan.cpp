#include <doctest/doctest.h>

#include "load/prescan.hpp"

using namespace plan;

namespace {
std::string first_error(std::string text) {
    Diagnostics d;
    prescan(text, 0, d);
    return d.empty() ? std::string() : d[0].message;
}
Pos first_pos(std::string text) {
    Diagnostics d;
    prescan(text, 0, d);
    return d.empty() ? Pos{} : d[0].pos;
}
}  // namespace

TEST_CASE("prescan: clean UTF-8 passes and a leading BOM is removed") {
    std::string text = "\xEF\xBB\xBFtitle: Caf\xC3\xA9\r\n";
    Diagnostics d;
    CHECK(prescan(text, 0, d));
    CHECK(d.empty());
    CHECK(text == "title: Caf\xC3\xA9\r\n");
}

TEST_CASE("prescan: encodings and characters that are refused") {
    CHECK(first_error("\xFF\xFE" "a\0" ) == "file is UTF-16; save it as UTF-8");
    CHECK(first_error(std::string("a: b\0c", 6)).find("NUL byte") == 0);
    CHECK(first_error("a: caf\xE9\n").find("byte 0xE9 is not valid UTF-8") == 0);
    CHECK(first_error("a: \xC0\xAF\n").find("is not valid UTF-8") != std::string::npos);     // overlong '/'
    CHECK(first_error("a: \xED\xA0\x80\n").find("is not valid UTF-8") != std::string::npos); // surrogate
    CHECK(first_error("a: \x1B[31mred\n").find("control character U+001B") == 0);
    CHECK(first_error("a: b\n\xEF\xBB\xBF" "c: d\n").find("byte order mark in the middle") == 0);
    CHECK(first_error("a: \xE2\x80\xAE" "evil\n").find("bidirectional control character U+202E") != std::string::npos);
    CHECK(first_error("a: b\rc: d\n").find("carriage return without a line feed") == 0);
}

TEST_CASE("prescan: the position is the line and character of the fault") {
    Pos p = first_pos("a: b\nc: caf\xC3\xA9\x01\n");
    CHECK(p.line == 2);
    CHECK(p.col == 8);
}
