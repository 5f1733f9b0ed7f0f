#pragma once
// The plan at a point in its history: a revision, a date, or the working
// tree, as the files the loader reads.
#include <string>
#include <vector>

#include "query/changes.hpp"
#include "history/git_repo.hpp"
#include "load/input_file.hpp"

namespace plan {

struct PlanState {
    std::vector<InputFile> files;
    Side side;
    std::string commit_note;  // "commit 4a90725cd8, 5 October 2017"; empty for the working tree
};

// "2017-09-26" means the plan as committed by the end of that day, with
// states derived at that date; anything else is a revision (commit, tag,
// branch), with states derived at its commit date.
PlanState state_at(GitRepo& git, const std::string& revision_or_date);

// The newest state: the working tree when its plan files differ from HEAD's
// (with a note saying so in `note`), else HEAD; states derived at `as_of`.
PlanState newest_state(GitRepo& git, Date as_of, std::string& note);

bool same_files(const std::vector<InputFile>& a, const std::vector<InputFile>& b);

}  // namespace plan
