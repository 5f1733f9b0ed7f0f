#pragma once
// Where a symbolic link among the plan's files leads. Worked out from the
// links' texts alone, the same way for the working tree and for a git
// revision (which holds a link as its text), so that a commit reads as its
// checkout does. A link is followed only within the plan's folder: a
// revision holds nothing outside it, and a plan file should not depend on
// what is elsewhere on one machine.
#include <functional>
#include <optional>
#include <string>

namespace plan {

struct LinkTarget {
    std::string path;     // the file reached, relative to the plan's folder
    std::string problem;  // set instead when it cannot be read: outside the folder, a loop
};

// The text of the link at `relative` (to the plan's folder), or nullopt
// when that path is not a link.
using LinkText = std::function<std::optional<std::string>(const std::string& relative)>;

// What stands at `relative` (not a link): 0 for a folder, ENOTDIR for
// anything else, ENOENT for nothing.
using FolderCheck = std::function<int(const std::string& relative)>;

// `path` (relative to the plan's folder) with every link along it followed.
// As the system resolves it: each name a path goes on from, or climbs back
// out of with "..", must be a folder (`../plan.yaml/../actions/x` is "Not a
// directory", not actions/x), when `is_folder` is given.
LinkTarget follow_links(const std::string& path, const LinkText& link_text, const FolderCheck& is_folder = {});

}  // namespace plan
