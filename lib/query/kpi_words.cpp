#include "query/kpi_words.hpp"

#include <fmt/format.h>

#include <cmath>

namespace plan {

std::string with_thousands(std::string number) {
    std::size_t start = number.empty() || number[0] != '-' ? 0 : 1;
    std::size_t end = start;
    while (end < number.size() && number[end] >= '0' && number[end] <= '9') ++end;
    // Only a plain decimal: "1e+20" or "inf" stay as they are.
    if (end == start) return number;
    if (end < number.size() && number[end] != '.') return number;
    for (std::size_t i = end + (end < number.size()); i < number.size(); ++i)
        if (number[i] < '0' || number[i] > '9') return number;
    for (std::size_t at = end; at > start + 3;) {
        at -= 3;
        number.insert(at, ",");
    }
    return number;
}

std::string with_thousands(long long n) { return with_thousands(std::to_string(n)); }

std::string kpi_value(const Kpi& kpi, double value) {
    // Shortest form that reads back as the same number, at most 2 decimals.
    // (Beyond 10^13 there are no decimals to round, and value * 100 could overflow.)
    double rounded = std::fabs(value) < 1e13 ? std::round(value * 100.0) / 100.0 : value;
    std::string n = fmt::format("{}", rounded);
    if (n.size() > 2 && n.compare(n.size() - 2, 2, ".0") == 0) n.resize(n.size() - 2);
    n = with_thousands(std::move(n));
    if (!kpi.unit) return n;
    switch (*kpi.unit) {
    case Unit::percent: return n + "%";
    case Unit::count: return n;
    case Unit::days: return n + (n == "1" ? " day" : " days");
    case Unit::weeks: return n + (n == "1" ? " week" : " weeks");
    case Unit::rate_per_10k: return n + " per 10,000";
    case Unit::ratio: return n;
    }
    return n;
}

std::string kpi_target(const Kpi& kpi) {
    if (!kpi.target) return "none set";
    const KpiTarget& t = *kpi.target;
    if (t.trend) return "beat last year";
    if (!t.value) return "none set";
    std::string s = kpi_value(kpi, *t.value);
    if (kpi.better) s = (*kpi.better == Better::lower ? "≤ " : "≥ ") + s;
    if (t.by) s += fmt::format(" by {} {}", std::string(month_name(t.by->date.month())).substr(0, 3), t.by->date.year());
    return s;
}

std::string kpi_target_short(const Kpi& kpi) {
    std::string full = kpi_target(kpi);
    auto by = full.find(" by ");
    return by == std::string::npos ? full : full.substr(0, by);
}

}  // namespace plan
