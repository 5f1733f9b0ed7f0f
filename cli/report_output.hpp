#pragma once
// Where `plan report` puts the paper: standard output, or a file written
// atomically that must not be one of the plan's own files.
#include <string>

#include "common.hpp"
#include "model/plan.hpp"

namespace plan::cli {

// UsageError when `path` is the repository folder, one of the plan's input
// files, a path the loader would read as one (actions/new.yaml), or an
// existing folder. `what` names the setting in the message ("-o",
// "$GITHUB_STEP_SUMMARY").
void check_output_path(const std::string& path, const RepoLocation& where, const Repository& repo,
                       const std::string& what = "-o");

// The paper to `path` (atomically when it is a regular file, as it is to a
// device or pipe: output/atomic_file.hpp), or to standard output when it is
// empty.
// IoError on failure, naming the path and the reason; an existing file is
// then left as it was.
void write_paper(const std::string& path, const std::string& paper);

}  // namespace plan::cli
