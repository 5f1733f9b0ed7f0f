#include "edit/git_commit.hpp"

#include <fmt/format.h>

#include "edit/yaml_edits.hpp"
#include "history/process.hpp"

namespace plan {

namespace {

std::vector<std::string> literal(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const auto& p : paths) out.push_back(":(literal)" + p);
    return out;
}

ProcessResult git(const std::string& root, std::vector<std::string> args) {
    std::vector<std::string> argv{"git", "-C", root};
    argv.insert(argv.end(), args.begin(), args.end());
    // No pager or colour; the rest of the user's configuration applies.
    return run_process(argv, {{"GIT_PAGER=cat", "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0"}, {}});
}

std::string first_line(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

}  // namespace

std::vector<std::string> uncommitted(const std::string& root, const std::vector<std::string>& paths) {
    ProcessResult inside = git(root, {"rev-parse", "--is-inside-work-tree"});
    if (inside.exit_code != 0)
        throw EditError(fmt::format("--commit needs the plan to be in a git repository, and {} is not in one "
                                    "(git says: {})",
                                    root, first_line(inside.err)));
    std::vector<std::string> args{"status", "--porcelain=v1", "-z", "--untracked-files=all", "--"};
    for (auto& p : literal(paths)) args.push_back(p);
    ProcessResult r = git(root, args);
    if (r.exit_code != 0) throw EditError("git status failed: " + first_line(r.err));
    std::vector<std::string> out;
    // Entries: "XY path\0", a rename adds "from\0".
    std::size_t b = 0;
    while (b + 3 < r.out.size()) {
        std::size_t e = r.out.find('\0', b);
        if (e == std::string::npos) break;
        char x = r.out[b];
        out.push_back(r.out.substr(b + 3, e - b - 3));
        b = e + 1;
        if (x == 'R' || x == 'C') {
            // A rename's source follows; a list cut short ends here.
            std::size_t from_end = r.out.find('\0', b);
            if (from_end == std::string::npos) break;
            b = from_end + 1;
        }
    }
    return out;
}

std::string commit_paths(const std::string& root, const std::vector<std::string>& paths, const std::string& message) {
    std::vector<std::string> args{"commit", "--quiet", "--no-edit", "--only", "-m", message, "--"};
    for (auto& p : literal(paths)) args.push_back(p);
    ProcessResult r = git(root, args);
    if (r.exit_code != 0)
        throw EditError(fmt::format("the files were written but git did not commit them: {}",
                                    first_line(r.err.empty() ? r.out : r.err)));
    ProcessResult head = git(root, {"rev-parse", "HEAD"});
    return first_line(head.out);
}

}  // namespace plan
