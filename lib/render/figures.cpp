#include "render/figures.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "model/vocabulary.hpp"

namespace plan {

std::string kpi_value(const Kpi& kpi, double value) {
    // Shortest form that reads back as the same number, at most 2 decimals.
    double rounded = std::round(value * 100.0) / 100.0;
    std::string n = fmt::format("{}", rounded);
    if (n.size() > 2 && n.compare(n.size() - 2, 2, ".0") == 0) n.resize(n.size() - 2);
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

std::string sparkline(const std::vector<double>& values) {
    if (values.size() < 2) return {};
    static const char* const kBars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    std::string out;
    for (double v : values) {
        int level = *hi == *lo ? 3 : static_cast<int>(std::lround((v - *lo) / (*hi - *lo) * 7.0));
        out += kBars[std::clamp(level, 0, 7)];
    }
    return out;
}

std::string count_of(int n, const char* singular, const char* plural) {
    return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

std::string join_leads(const std::vector<std::string>& leads) {
    std::string s;
    for (const auto& l : leads) s += (s.empty() ? "" : "; ") + l;
    return s.empty() ? "-" : s;
}

std::string rag_label(Brag b) {
    switch (b) {
    case Brag::blue: return "BLUE";
    case Brag::red: return "RED";
    case Brag::amber: return "AMBER";
    case Brag::green: return "GREEN";
    case Brag::none: return "-";
    }
    return "-";
}

}  // namespace plan
