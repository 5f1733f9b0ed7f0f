// Text from outside shown on a terminal: nothing moves the cursor, recolours
// the screen or reorders what is read.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/common/json_out.hpp"
#include "model/terminal_safe.hpp"
#include "model/utf8.hpp"

using namespace plan;

TEST_CASE("utf8: characters, and what is not text") {
    CHECK(read_utf8("a", 0).cp == U'a');
    CHECK(read_utf8("\xC3\xA9", 0).len == 2);
    CHECK(read_utf8("\xE2\x80\xAE", 0).cp == 0x202E);
    CHECK(read_utf8("\xF0\x9F\x98\x80", 0).len == 4);
    CHECK(read_utf8("\xC0\xAF", 0).len == 0);          // overlong '/'
    CHECK(read_utf8("\xED\xA0\x80", 0).len == 0);      // a surrogate
    CHECK(read_utf8("\xF4\x90\x80\x80", 0).len == 0);  // past U+10FFFF
    CHECK(read_utf8("\xE2\x80", 0).len == 0);          // cut short
    CHECK(read_utf8("\x80", 0).len == 0);
}

TEST_CASE("utf8: the invisible controls are the bidi controls and U+FEFF") {
    for (char32_t cp : {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                        0xFEFF})
        CHECK(is_invisible_control(cp));
    for (char32_t cp : {0x20, 0xE9, 0x2029, 0x202F, 0x2065, 0x206A, 0xFEFE, 0xFFFD})
        CHECK_FALSE(is_invisible_control(cp));
}

TEST_CASE("terminal_safe: controls, bidi controls and invalid bytes become visible escapes") {
    CHECK(terminal_safe("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(terminal_safe("a\x7f") == "a\\x7f");
    CHECK(terminal_safe("a\nb") == "a\\x0ab");
    CHECK(terminal_safe("a\tb") == "a    b");
    CHECK(terminal_safe("\xC2\x9B" "2J") == "\\u{009B}2J");
    CHECK(terminal_safe("x\xE2\x80\xAEtxt") == "x\\u{202E}txt");
    CHECK(terminal_safe("\xEF\xBB\xBFid") == "\\u{FEFF}id");
    CHECK(terminal_safe("caf\xe9") == "caf\\xe9");
    CHECK(terminal_safe("\xC0\xAF") == "\\xc0\\xaf");
    CHECK(terminal_safe("caf\xC3\xA9 \xE2\x80\x99") == "caf\xC3\xA9 \xE2\x80\x99");
}

TEST_CASE("write_json: DEL, C1 and bidi controls as \\u escapes, the same text once read") {
    const std::string text = "x\x7f\xC2\x9B\xE2\x80\xAE\xEF\xBB\xBF\x1b caf\xC3\xA9";
    nlohmann::ordered_json doc;
    doc["t"] = text;
    std::ostringstream out;
    write_json(out, doc);
    CHECK(out.str() == "{\n  \"t\": \"x\\u007f\\u009b\\u202e\\ufeff\\u001b caf\xC3\xA9\"\n}\n");
    CHECK(nlohmann::json::parse(out.str())["t"] == text);
}

TEST_CASE("write_json: invalid UTF-8 as U+FFFD, not an exception") {
    nlohmann::ordered_json doc;
    doc["t"] = "caf\xe9";
    std::ostringstream out;
    write_json(out, doc);
    CHECK(out.str() == "{\n  \"t\": \"caf\xEF\xBF\xBD\"\n}\n");
}
