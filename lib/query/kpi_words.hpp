#pragma once
// A KPI's figures and target in words, the same wherever they are shown.
#include <string>

#include "model/plan.hpp"

namespace plan {

// A number as people write it, the same in every locale: thousands
// separated by commas ("12,345", "-1,234.5"); anything else as it is.
std::string with_thousands(std::string number);
std::string with_thousands(long long n);

// 19.2%, 374, 1,204, 37 days, 45.1 per 10,000, 0.83
std::string kpi_value(const Kpi& kpi, double value);
// The target as a phrase: "≤ 18% by Mar 2018", "beat last year", "none set"
std::string kpi_target(const Kpi& kpi);
// The same without its date: "≤ 18%", "beat last year"
std::string kpi_target_short(const Kpi& kpi);

}  // namespace plan
