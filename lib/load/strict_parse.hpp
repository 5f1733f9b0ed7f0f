#pragma once
// Parses one YAML file strictly. Refused, each with its position: duplicate
// keys (both places named), anchors, aliases, merge keys, tags, more than one
// document, non-text keys, nesting beyond limits::kMaxDepth, and quoted text
// that swallowed the lines after it because its closing quote is missing.
#include <optional>
#include <string>

#include "load/yaml_tree.hpp"
#include "model/diagnostic.hpp"

namespace plan {

// `text` must have passed prescan. Returns no tree when the file could not be
// read at all; findings that still leave a usable tree are added to `out`.
std::optional<YNode> strict_parse(const std::string& text, std::uint32_t file, Diagnostics& out);

}  // namespace plan
