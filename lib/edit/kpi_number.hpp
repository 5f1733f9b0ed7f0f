#pragma once
// A KPI figure as typed or exported: a plain decimal (12, -3, 12.50), read
// to the number and the text to write in the plan.
#include <optional>
#include <string>
#include <string_view>

namespace plan {

struct KpiNumber {
    double value = 0;
    std::string text;  // a YAML decimal: no '+', no thousands separators
};

// `decimal_mark` and `thousands` (0: none) as the export writes them; a
// trailing '%' is dropped. Nothing else is a number: not 1e3, not =1+2.
std::optional<KpiNumber> read_kpi_number(std::string_view text, char decimal_mark = '.', char thousands = 0);

}  // namespace plan
