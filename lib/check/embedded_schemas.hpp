#pragma once
// The JSON Schema files of schemas/, compiled into the binary (see
// cmake/EmbedFiles.cmake) so that `plan validate` and `plan schema` need no
// files beside the executable.
#include <cstddef>
#include <optional>
#include <string_view>

namespace plan {

struct EmbeddedFile {
    std::string_view name;  // e.g. "actions.schema.json"
    std::string_view text;
};

extern const EmbeddedFile kEmbeddedSchemas[];
extern const std::size_t kEmbeddedSchemaCount;

// The schema file with this name, or with this name plus ".schema.json".
std::optional<EmbeddedFile> find_embedded_schema(std::string_view name);

}  // namespace plan
