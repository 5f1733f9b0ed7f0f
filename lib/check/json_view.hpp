#pragma once
// The JSON view of a YAML tree that the schema validator sees: plain scalars
// typed by the YAML 1.2 core schema, quoted ones always text.
#include <nlohmann/json.hpp>

#include "load/yaml_tree.hpp"
#include "model/diagnostic.hpp"

namespace plan {

// Scalars that cannot be typed (octal, hex, .nan, too large) are reported as
// `yaml-typing` findings and appear in the view as null.
nlohmann::json json_view(const YNode& node, std::uint32_t file, Diagnostics& out);

}  // namespace plan
