#pragma once
// Finding a plan repository on disk and reading its files.
#include <optional>
#include <string>
#include <vector>

#include "load/input_file.hpp"

namespace plan {

// The nearest folder at or above `start` that holds plan.yaml, as git finds .git.
std::optional<std::string> find_repository_root(const std::string& start);

// plan.yaml, then every file in actions/ and kpis/, sorted by path. Files
// there that are not YAML are listed too (kind `other`), so they can be named.
// A symbolic link is read as its target when that is in the plan's folder
// (load/link_target.hpp); git_repo.cpp reads a revision the same way.
std::vector<InputFile> read_repository_files(const std::string& root);

// Why actions/ or kpis/ is not read when it is a file or a symbolic link
// rather than a folder; a revision says the same.
std::string not_a_folder_problem(bool link);

}  // namespace plan
