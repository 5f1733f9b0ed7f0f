#pragma once
// Turns one valijson finding (a path and a terse description) into a sentence
// that names the field, the thing it belongs to ("action LO-1", "step 2 of
// action LO-1") and what would be right, placed at the key or value concerned.
// The schema itself supplies the allowed values, the field names to suggest
// and the expected types.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "load/yaml_tree.hpp"
#include "model/diagnostic.hpp"
#include "model/plan.hpp"

namespace plan {

struct SchemaError {
    std::vector<std::string> path;  // keys and indexes from the document root
    std::string description;        // valijson's words
};

// The text between the last pair of single quotes in a valijson description:
// the field a finding names.
std::string quoted_name(const std::string& description);

class SchemaMessages {
public:
    SchemaMessages(const nlohmann::json& schema, const YNode& root, const nlohmann::json& doc, std::uint32_t file)
        : schema_(schema), root_(root), doc_(doc), file_(file) {}

    Diagnostic translate(const SchemaError& error) const;
    // The value at `path` was reported by the loader already.
    bool already_reported(const std::vector<std::string>& path) const;
    // The allowed field closest to `key` in the object at `path`, if any.
    std::string suggestion_for(const std::vector<std::string>& path, const std::string& key) const;

private:
    const nlohmann::json* schema_at(const std::vector<std::string>& path) const;
    const nlohmann::json* resolve(const nlohmann::json* node) const;
    const YNode* node_at(const std::vector<std::string>& path, std::size_t length) const;
    const nlohmann::json* value_at(const std::vector<std::string>& path) const;
    std::string owner(const std::vector<std::string>& path, std::size_t length) const;
    std::string field(const std::vector<std::string>& path) const;
    Pos value_pos(const std::vector<std::string>& path) const;

    const nlohmann::json& schema_;
    const YNode& root_;
    const nlohmann::json& doc_;
    std::uint32_t file_;
};

}  // namespace plan
