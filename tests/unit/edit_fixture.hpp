#pragma once
// A small plan held in memory, for the lib/edit tests: plan.yaml, one action
// file and one KPI file whose text each test lays out by hand.
#include <string>
#include <vector>

#include "edit/plan_edit.hpp"

namespace edit_test {

inline const char* kPlanYaml =
    "version: 1\n"
    "plan:\n"
    "  id: anytown-cs\n"
    "  title: \"Children's Services Improvement Plan\"\n"
    "  authority: Anytown Borough Council\n"
    "  start: 2024-04-01\n"
    "  end: 2026-03-31\n"
    "inspection:\n"
    "  body: Ofsted\n"
    "  judgements:\n"
    "    - area: Overall effectiveness\n"
    "      grade: requires-improvement\n"
    "  recommendations:\n"
    "    - id: 1\n"
    "      text: \"Make oversight consistent.\"\n"
    "themes:\n"
    "  - id: oversight\n"
    "    title: Management oversight\n";

inline const char* kKpiYaml =
    "kpi:\n"
    "  id: supervision-on-time\n"
    "  title: \"Supervised on time\"\n"
    "  unit: percent\n"
    "  better: higher\n"
    "  frequency: monthly\n"
    "  data:\n"
    "    - {period: 2024-04, value: 78.0}\n";

inline const char* kActionYaml =
    "actions:\n"
    "  - id: MO-1\n"
    "    title: \"Introduce a supervision standard\"\n"
    "    theme: oversight\n"
    "    recommendations: [1]\n"
    "    leads: [\"Head of Service\"]\n"
    "    due: 2024-09\n"
    "    status: in-progress\n"
    "    measures: [supervision-on-time]\n";

inline std::vector<plan::InputFile> files(const std::string& actions, const std::string& kpi = kKpiYaml) {
    return {{"actions/a.yaml", actions, "", false}, {"kpis/k.yaml", kpi, "", false}, {"plan.yaml", kPlanYaml, "", false}};
}

inline plan::Date day(const char* iso) { return *plan::parse_date(iso).value; }

// The one changed file's new text; fails the test when there is not exactly one.
inline std::string only_change(const plan::EditResult& r) { return r.changed.size() == 1 ? r.changed[0].after : ""; }

}  // namespace edit_test
