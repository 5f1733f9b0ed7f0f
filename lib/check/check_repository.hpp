#pragma once
// The whole of `plan validate` as a library call: read every file strictly,
// check it against its schema, build the model, run the consistency checks.
// Every finding is collected; nothing stops at the first.
#include <vector>

#include "load/input_file.hpp"
#include "model/diagnostic.hpp"
#include "model/plan.hpp"

namespace plan {

struct CheckedRepository {
    Repository repo;
    Diagnostics diagnostics;  // sorted by file path, line, column

    bool has_errors() const;
    bool has_io_errors() const;
};

CheckedRepository check_repository(std::vector<InputFile> files, Date as_of);

}  // namespace plan
