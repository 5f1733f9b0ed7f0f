#pragma once
// The unified diff (as `diff -u` and git print it) of a file's two versions,
// for --dry-run.
#include <string>

namespace plan {

// "--- a/PATH\n+++ b/PATH\n@@ ... @@\n..." with three lines of context; empty
// when the versions are equal.
std::string unified_diff(const std::string& path, const std::string& before, const std::string& after);

}  // namespace plan
