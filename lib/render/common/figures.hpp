#pragma once
// Figures as people read them: sparklines, counts with the right noun,
// RAG labels. KPI values and targets in words are in query/kpi_words.hpp.
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "query/action_state.hpp"
#include "query/kpi_words.hpp"

namespace plan {

// ▁▂▄█ for the values, oldest first; empty for fewer than two.
std::string sparkline(const std::vector<double>& values);
// "1 action", "3 actions", "1,204 actions"
std::string count_of(int n, const char* singular, const char* plural);
// The lead names joined: "Head of Service; Practice Lead"
std::string join_leads(const std::vector<std::string>& leads);
// A RAG word for tables: "BLUE", "RED", "AMBER", "GREEN", "-"
std::string rag_label(Brag b);

}  // namespace plan
