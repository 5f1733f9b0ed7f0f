#pragma once
// Slippage over a plan's whole history: every move of every action's due
// date, commit by commit, with who committed it. Each distinct file version
// is read once, so the cost grows with the changes, not commits x files.
#include <vector>

#include "query/changes.hpp"
#include "history/git_repo.hpp"

namespace plan {

// Up to and including `until` (a commit id); `working_tree`, when given, is
// counted as a last, uncommitted state.
std::vector<Slippage> compute_slippage(GitRepo& git, const std::string& until,
                                       const std::vector<InputFile>* working_tree = nullptr);

}  // namespace plan
