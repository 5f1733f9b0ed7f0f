#include <doctest/doctest.h>

#include "load/core_types.hpp"

using namespace plan;

TEST_CASE("core types: YAML 1.1 booleans stay text") {
    for (const char* s : {"no", "No", "yes", "on", "off", "y", "n"})
        CHECK_MESSAGE(type_plain_scalar(s).kind == CoreValue::text, s);
    CHECK(type_plain_scalar("true").kind == CoreValue::boolean);
    CHECK(type_plain_scalar("FALSE").kind == CoreValue::boolean);
}

TEST_CASE("core types: leading zeros are decimal, not octal") {
    auto v = type_plain_scalar("010");
    CHECK(v.kind == CoreValue::integer);
    CHECK(v.i == 10);
}

TEST_CASE("core types: octal, hex, nan and inf are refused with advice") {
    CHECK(type_plain_scalar("0o17").why ==
          "'0o17' is an octal number; write the number in decimal, or put it in quotes if it is text");
    CHECK(type_plain_scalar("0x1F").kind == CoreValue::refused);
    CHECK(type_plain_scalar(".nan").kind == CoreValue::refused);
    CHECK(type_plain_scalar("-.inf").kind == CoreValue::refused);
    CHECK(type_plain_scalar("99999999999999999999").kind == CoreValue::refused);
    CHECK(type_plain_scalar("1e999").kind == CoreValue::refused);
}

TEST_CASE("core types: nulls, numbers and text") {
    CHECK(type_plain_scalar("~").kind == CoreValue::null);
    CHECK(type_plain_scalar("Null").kind == CoreValue::null);
    CHECK(type_plain_scalar("").kind == CoreValue::null);
    CHECK(type_plain_scalar("21.3").d == doctest::Approx(21.3));
    CHECK(type_plain_scalar("-.5").kind == CoreValue::number);
    CHECK(type_plain_scalar("2017-04").kind == CoreValue::text);
    CHECK(type_plain_scalar("1-17").kind == CoreValue::text);
    CHECK(type_plain_scalar("nulls").kind == CoreValue::text);
}
