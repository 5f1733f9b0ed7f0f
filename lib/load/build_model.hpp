#pragma once
// Fills the model from a file's tree. Values of the wrong shape are skipped
// (the schema check reports them); dates, months, periods and ids are read
// here, with calendar checks, and reported as `date`, `period` or `id-format`.
#include "load/yaml_tree.hpp"
#include "model/diagnostic.hpp"
#include "model/plan.hpp"

namespace plan {

void build_plan_file(const YNode& root, std::uint32_t file, Repository& into, Diagnostics& out);
void build_actions_file(const YNode& root, std::uint32_t file, Repository& into, Diagnostics& out);
void build_kpi_file(const YNode& root, std::uint32_t file, Repository& into, Diagnostics& out);

}  // namespace plan
