#include "render/common/figures.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace plan {

std::string sparkline(const std::vector<double>& values) {
    if (values.size() < 2) return {};
    static const char* const kBars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    std::string out;
    for (double v : values) {
        // Halves first: hi - lo can overflow for figures near the double range.
        double span = *hi / 2 - *lo / 2;
        int level = span == 0 ? 3 : static_cast<int>(std::lround((v / 2 - *lo / 2) / span * 7.0));
        out += kBars[std::clamp(level, 0, 7)];
    }
    return out;
}

std::string count_of(int n, const char* singular, const char* plural) {
    return fmt::format("{} {}", with_thousands(n), n == 1 ? singular : plural);
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
