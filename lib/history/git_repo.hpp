#pragma once
// Reading a plan's history through the git command line: revisions checked
// with `rev-parse --verify --end-of-options`, arguments passed as argv, the
// user's own git configuration left out (colours, pagers, signatures and
// aliases change what git prints), blobs streamed through one
// `git cat-file --batch`.
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "load/input_file.hpp"
#include "model/date.hpp"
#include "history/process.hpp"

namespace plan {

struct HistoryError : std::runtime_error {
    enum Kind { not_a_repository, shallow, bad_revision, no_commits, git_failed } kind;
    HistoryError(Kind k, const std::string& what) : std::runtime_error(what), kind(k) {}
};

struct CommitInfo {
    std::string id;
    std::string author;
    Date date;  // committer date, UTC
};

// A change to one file in one commit, from `git log --raw`.
struct FileChange {
    std::string path;  // relative to the plan folder
    std::string blob;  // new object id; empty when the file was deleted
};

struct CommitChanges {
    CommitInfo commit;
    std::vector<FileChange> files;
};

class GitRepo {
public:
    // The repository holding the plan folder `plan_root` (absolute).
    // Throws HistoryError (not_a_repository, shallow, no_commits). Reading
    // only the index (index_tree) needs neither commits nor a full clone:
    // the first commit of a new plan is checked before it exists.
    enum Needs { history, index_only };
    explicit GitRepo(const std::string& plan_root, Needs needs = history);
    ~GitRepo();

    // A commit id for a revision (commit, tag, branch, HEAD~3); throws bad_revision.
    std::string resolve(const std::string& revision) const;
    // The newest commit on HEAD's first-parent line committed on or before
    // the end of `day` (UTC); throws bad_revision when there is none.
    std::string commit_on_or_before(Date day) const;
    // The oldest commit on HEAD's first-parent line.
    std::string first_commit() const;
    CommitInfo info(const std::string& commit) const;
    // The index (what `git commit` would commit) as a tree id for files_at,
    // by `git write-tree`, as git commit does: it adds a tree object to the
    // object store and changes no file. Throws git_failed when the index
    // has unmerged paths or cannot be read.
    std::string index_tree() const;
    // The plan's files as they were in `commit` (or a tree), paths relative to the plan folder.
    std::vector<InputFile> files_at(const std::string& commit);
    // Every commit on HEAD's first-parent line up to `until` that touched the
    // plan's files, oldest first, with the files it changed.
    std::vector<CommitChanges> plan_history(const std::string& until) const;
    // True when git sees no change to the plan's files in the working tree
    // against HEAD, as `git status` would (line-ending conversion, clean
    // filters and all), leaving out names the loader skips (".swp").
    bool plan_is_clean() const;
    // A blob's bytes, through the one cat-file process.
    std::string blob(const std::string& id);

    const std::string& plan_root() const { return plan_root_; }

private:
    ProcessResult git(std::vector<std::string> args) const;
    std::vector<std::string> pathspecs() const;

    std::string plan_root_;
    std::string top_;     // the work tree's top folder
    std::string prefix_;  // the plan folder relative to top_, with a trailing '/', or ""
    std::unique_ptr<Pipe> cat_file_;
    std::map<std::string, std::string> blob_cache_;
};

}  // namespace plan
