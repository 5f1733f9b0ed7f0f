#pragma once
// The rules file of `plan kpi import`, in the manner of hledger's CSV rules:
// how an export's rows become KPI figures. One directive a line:
//
//   skip 1                      header rows to pass over
//   separator ;                 , ; | or TAB (default ,)
//   fields kpi, period, value   what each column holds, in order: kpi,
//                               period, value, numerator, denominator,
//                               note, or _ for a column not used
//   period-format Mon-YY        how periods are written (may repeat; tried in turn)
//   decimal-mark ,              . or , (default .)
//   thousands-separator .       , . space or none (default none)
//   map "Re-referrals %" repeat-referrals   an export name for a KPI id
//   kpi repeat-referrals        every row is this KPI (no kpi column)
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "edit/csv_reader.hpp"
#include "model/period.hpp"

namespace plan {

struct ImportRules {
    std::size_t skip = 0;
    char separator = ',';
    std::map<std::string, std::size_t> columns;  // field name -> 0-based column
    std::vector<std::string> period_formats;      // empty: every format, in turn
    char decimal_mark = '.';
    char thousands = 0;
    std::map<std::string, std::string> names;  // export name -> KPI id
    std::string kpi;                           // every row's KPI, when there is no kpi column
};

struct RulesProblem {
    std::uint32_t line = 0;
    std::string message;
};

// Throws nothing: a problem is returned with its line.
std::optional<ImportRules> read_import_rules(const std::string& text, RulesProblem& problem);

// A commented sample, written beside a CSV that has no rules file.
std::string sample_import_rules(const std::string& csv_name, const std::vector<std::string>& header);

// The period formats a rules file may name.
const std::vector<std::string>& period_format_names();

// A period cell read with `formats` (empty: all): the period, or why not.
Parsed<Period> read_period_cell(const std::string& cell, const std::vector<std::string>& formats);

}  // namespace plan
