#pragma once
// Writing a JSON document: every format that prints JSON (status, overdue,
// changes, findings, GitLab Code Quality) writes it through here.
#include <nlohmann/json_fwd.hpp>
#include <ostream>

namespace plan {

// Indented by two spaces, invalid UTF-8 as U+FFFD, and a final newline.
// JSON escapes C0 controls itself, but DEL, C1 controls, bidi controls and
// U+FEFF are valid raw in a JSON string and would reach a terminal (or a CI
// log) as they are: they are written as \uXXXX, so whoever reads the JSON
// gets the same text and whoever looks at it sees nothing hidden.
void write_json(std::ostream& out, const nlohmann::ordered_json& doc);

}  // namespace plan
