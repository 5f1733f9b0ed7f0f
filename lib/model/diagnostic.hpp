#pragma once
// A finding about the plan: where, how serious, what is wrong and what would be
// right, and the name of the check that found it (see check/catalogue.hpp).
#include <string>
#include <vector>

#include "model/position.hpp"

namespace plan {

enum class Severity { error, warning };

struct Diagnostic {
    Pos pos;
    Severity severity = Severity::error;
    std::string check;    // a name from the catalogue, e.g. "duplicate-key"
    std::string message;  // one sentence, no trailing full stop
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace plan
