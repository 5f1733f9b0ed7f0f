#pragma once
// A plan file's path and bytes, wherever they came from: the working tree or
// a git revision. The loader works on these, never on the disk itself.
#include <string>

#include "model/plan.hpp"

namespace plan {

struct InputFile {
    std::string path;        // relative to the repository root, '/' separators
    std::string text;
    std::string read_error;  // set when the file could not be read
    bool too_large = false;  // read_error says it is over limits::kMaxFileBytes
};

// Which schema applies to a file is decided by its place in the repository:
// plan.yaml, actions/*.yaml, kpis/*.yaml (.yml too).
SourceFile::Kind kind_of(const std::string& relative_path);

}  // namespace plan
