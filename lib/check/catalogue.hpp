#pragma once
// Every check `plan validate` runs, by name: one table that the checks, the
// CLI (`plan validate --list-checks`) and docs/checks.md all follow.
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"

namespace plan {

struct CheckInfo {
    std::string_view name;
    Severity severity;
    std::string_view summary;
};

const std::vector<CheckInfo>& check_catalogue();
const CheckInfo* find_check(std::string_view name);

}  // namespace plan
