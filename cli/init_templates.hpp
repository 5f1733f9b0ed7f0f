#pragma once
// The files plan init writes, from cli/init_templates/, embedded at build
// time (cmake/EmbedFiles.cmake) as the schemas are.
#include <cstddef>

#include "check/embedded_schemas.hpp"

namespace plan::cli {

extern const EmbeddedFile kInitTemplates[];
extern const std::size_t kInitTemplateCount;

}  // namespace plan::cli
