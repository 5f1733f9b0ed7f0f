#include "check/embedded_schemas.hpp"

#include <string>

namespace plan {

std::optional<EmbeddedFile> find_embedded_schema(std::string_view name) {
    for (std::size_t i = 0; i < kEmbeddedSchemaCount; ++i) {
        const auto& f = kEmbeddedSchemas[i];
        if (f.name == name || f.name == std::string(name) + ".schema.json") return f;
    }
    return std::nullopt;
}

}  // namespace plan
