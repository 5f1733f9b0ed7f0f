#pragma once
// Committing an edit with the officer's own git identity. Reading history
// (lib/history) leaves the user's git configuration out; a commit must use
// it, for the author's name and address.
#include <string>
#include <vector>

namespace plan {

// Paths (relative to the plan folder `root`) that git reports as changed,
// staged or not yet tracked. Throws EditError when `root` is not in a git
// work tree or git fails.
std::vector<std::string> uncommitted(const std::string& root, const std::vector<std::string>& paths);

// Commits exactly `paths` (their working-tree content) with `message`,
// leaving anything else staged as it was. Returns the new commit's id.
// Throws EditError with git's message when git refuses.
std::string commit_paths(const std::string& root, const std::vector<std::string>& paths, const std::string& message);

}  // namespace plan
