#pragma once
// What the unit tests build plans from: a set field, a date. One copy, so a
// change to Field or Date is made once for every test file.
#include <doctest/doctest.h>

#include <utility>

#include "model/date.hpp"
#include "model/position.hpp"

namespace plan::test {

// A field given in the file (set, at no particular position).
template <class T>
Field<T> field(T value) {
    Field<T> f;
    f.value = std::move(value);
    f.set = true;
    return f;
}

inline Date day(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

// "2017-10-31"; a test with a mistyped date stops there.
inline Date day(const char* iso) {
    auto d = parse_date(iso);
    REQUIRE_MESSAGE(d.value, iso);
    return *d.value;
}

}  // namespace plan::test
