#pragma once
// Figures as people read them: KPI values with their unit, sparklines,
// counts with the right noun, dates in words.
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "query/action_state.hpp"

namespace plan {

// 19.2%, 374, 37 days, 45.1 per 10,000, 0.83
std::string kpi_value(const Kpi& kpi, double value);
// The target as a phrase: "≤ 18% by Mar 2018", "beat last year"
std::string kpi_target(const Kpi& kpi);
// ▁▂▄█ for the values, oldest first; empty for fewer than two.
std::string sparkline(const std::vector<double>& values);
// "1 action", "3 actions"
std::string count_of(int n, const char* singular, const char* plural);
// The lead names joined: "Head of Service; Practice Lead"
std::string join_leads(const std::vector<std::string>& leads);
// A RAG word for tables: "BLUE", "RED", "AMBER", "GREEN", "-"
std::string rag_label(Brag b);

}  // namespace plan
