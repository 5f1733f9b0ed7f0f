#include "history/git_repo.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "model/terminal_safe.hpp"

namespace plan {
namespace {

// The environment git runs in: no user or system configuration, no pager,
// no prompts, plain C output. Every other GIT_* variable the caller has set
// is dropped: many change what a revision reads (GIT_DIR, GIT_COMMON_DIR,
// GIT_OBJECT_DIRECTORY, GIT_ALTERNATE_OBJECT_DIRECTORIES, GIT_GRAFT_FILE,
// GIT_REPLACE_REF_BASE, GIT_NO_REPLACE_OBJECTS, GIT_NAMESPACE, GIT_CONFIG_*,
// GIT_CEILING_DIRECTORIES...), and git adds more over time; none is needed
// to read a repository.
const ProcessEnv& git_env() {
    static const ProcessEnv env{
        {"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1", "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat",
         "PAGER=cat", "LC_ALL=C", "GIT_OPTIONAL_LOCKS=0"},
        {},
        {"GIT_"}};
    return env;
}

std::vector<std::string> git_prefix(const std::string& dir) {
    // Repository-local settings that would change what these commands print.
    // Replacement objects (refs/replace) would show other content than the
    // commits hold.
    return {"git",          "--no-pager",   "--no-replace-objects",
            "-c",           "color.ui=never",
            "-c",           "core.quotepath=off",
            "-c",           "log.showSignature=false",
            "-c",           "i18n.logOutputEncoding=UTF-8",
            "-c",           "core.fsmonitor=false",
            "-c",           "safe.directory=*",
            "-C",           dir};
}

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

std::string first_line(const std::string& s) { return trim(s.substr(0, s.find('\n'))); }

// A commit's committer time (%ct) as a day. git prints nothing for a date
// it cannot read and any number a commit holds (the year 33658 is as easy
// to commit as 2017); neither is a day in this plan's history, and reading
// either as 1 January 1970, or passing it on, would misdate what changed.
Date commit_day(const std::string& commit, const std::string& seconds) {
    bool digits = !seconds.empty() && seconds.size() <= 15 &&
                  std::all_of(seconds.begin(), seconds.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::optional<Date> day = digits ? Date::from_day_number(std::stoll(seconds) / 86400) : std::nullopt;
    if (!day)
        throw HistoryError(HistoryError::git_failed,
                           fmt::format("commit {} has a committer date that cannot be read as a day from 1400 to 9999 "
                                       "('{}'), so the plan's history cannot be read; it was made by a broken or "
                                       "hostile tool: rewrite that commit with a true date",
                                       terminal_safe(commit.substr(0, 10)), terminal_safe(seconds)));
    return *day;
}

// A time git reads as seconds since 1970 whatever its size: a bare number
// below 100000000 is read as a date in other ways (--before=63158399 is not
// 1972), "@N +0000" never is.
std::string git_time(long long seconds) { return fmt::format("@{} +0000", seconds); }

}  // namespace

ProcessResult GitRepo::git(std::vector<std::string> args) const {
    auto argv = git_prefix(top_.empty() ? plan_root_ : top_);
    argv.insert(argv.end(), args.begin(), args.end());
    ProcessResult r = run_process(argv, git_env());
    if (r.exit_code != -1) return r;
    if (r.spawn_error == E2BIG)
        throw HistoryError(HistoryError::bad_revision,
                           "an argument is too long to pass to git (the system's limit on a command line); give a "
                           "shorter revision, such as a commit id, tag or branch name");
    if (r.spawn_error == ENOENT || r.spawn_error == 0)
        throw HistoryError(HistoryError::git_failed, "could not run git; is it installed?");
    throw HistoryError(HistoryError::git_failed, "could not run git: " + std::string(std::strerror(r.spawn_error)));
}

GitRepo::GitRepo(const std::string& plan_root, Needs needs) : plan_root_(plan_root) {
    ProcessResult top = git({"rev-parse", "--show-toplevel", "--show-prefix"});
    if (top.exit_code != 0)
        throw HistoryError(HistoryError::not_a_repository,
                           "the plan's folder is not in a git repository, so it has no history; the plan's history is "
                           "its git history (git init, then commit the plan)");
    auto nl = top.out.find('\n');
    top_ = top.out.substr(0, nl);
    prefix_ = nl == std::string::npos ? "" : first_line(top.out.substr(nl + 1));
    if (needs == index_only) return;
    if (first_line(git({"rev-parse", "--is-shallow-repository"}).out) == "true")
        throw HistoryError(HistoryError::shallow,
                           "this is a shallow clone, so most of the plan's history is missing; fetch it all "
                           "(git fetch --unshallow, or in GitHub Actions: actions/checkout with fetch-depth: 0)");
    if (git({"rev-parse", "--verify", "--quiet", "HEAD^{commit}"}).exit_code != 0)
        throw HistoryError(HistoryError::no_commits, "the repository has no commits yet, so the plan has no history");
}

GitRepo::~GitRepo() = default;

std::string GitRepo::index_tree() const {
    ProcessResult r = git({"write-tree"});
    std::string id = first_line(r.out);
    if (r.exit_code != 0 || id.size() < 40)
        throw HistoryError(HistoryError::git_failed,
                           "could not read the files staged for commit (git write-tree: " +
                               terminal_safe(first_line(r.err)) +
                               "); resolve any merge conflict and git add the files, then run again");
    return id;
}

std::string GitRepo::resolve(const std::string& revision) const {
    // Far beyond any ref name git accepts; longer would only reach the
    // system's limit on a command line with a less helpful message.
    constexpr std::size_t kMaxRevision = 4096;
    if (revision.size() > kMaxRevision)
        throw HistoryError(HistoryError::bad_revision,
                           fmt::format("revision too long ({} bytes): a revision is a commit id, tag or branch name of "
                                       "at most {} bytes",
                                       revision.size(), kMaxRevision));
    ProcessResult r = git({"rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"});
    std::string id = first_line(r.out);
    if (r.exit_code != 0 || id.size() < 40)
        throw HistoryError(HistoryError::bad_revision,
                           fmt::format("'{}' is not a commit, tag or branch in this repository", terminal_safe(revision)));
    return id;
}

std::string GitRepo::commit_on_or_before(Date day) const {
    long long end_of_day = static_cast<long long>(day.days()) * 86400 + 86399;
    // git's times start in 1970: there is no commit before.
    ProcessResult r = end_of_day < 0 ? ProcessResult{}
                                     : git({"rev-list", "-1", "--first-parent", "--before=" + git_time(end_of_day), "HEAD"});
    std::string id = first_line(r.out);
    if (r.exit_code != 0 || id.empty())
        throw HistoryError(HistoryError::bad_revision,
                           fmt::format("the repository has no commit on or before {}", day.long_form()));
    return id;
}

std::string GitRepo::first_commit() const {
    ProcessResult r = git({"rev-list", "--first-parent", "--max-parents=0", "HEAD"});
    std::string id = first_line(r.out);
    if (r.exit_code != 0 || id.empty()) throw HistoryError(HistoryError::bad_revision, "cannot find the first commit");
    return id;
}

CommitInfo GitRepo::info(const std::string& commit) const {
    ProcessResult r = git({"log", "-1", "--no-walk", "--format=%H%x00%an%x00%ct", "--end-of-options", commit});
    CommitInfo c;
    std::string line = first_line(r.out);
    auto a = line.find('\0'), b = line.find('\0', a + 1);
    if (r.exit_code != 0 || a == std::string::npos || b == std::string::npos)
        throw HistoryError(HistoryError::bad_revision, fmt::format("cannot read commit {}", terminal_safe(commit)));
    c.id = line.substr(0, a);
    c.author = line.substr(a + 1, b - a - 1);
    c.date = commit_day(c.id, line.substr(b + 1));
    return c;
}

std::vector<std::string> GitRepo::pathspecs() const {
    return {":(top,literal)" + prefix_ + "plan.yaml", ":(top,literal)" + prefix_ + "actions",
            ":(top,literal)" + prefix_ + "kpis"};
}

std::string GitRepo::blob(const std::string& id) {
    auto cached = blob_cache_.find(id);
    if (cached != blob_cache_.end()) return cached->second;
    if (!cat_file_) {
        auto argv = git_prefix(top_);
        argv.insert(argv.end(), {"cat-file", "--batch"});
        cat_file_ = std::make_unique<Pipe>(argv, git_env());
    }
    std::string header, body, newline;
    if (!cat_file_->ok() || !cat_file_->write_all(id + "\n") || !cat_file_->read_line(header))
        throw HistoryError(HistoryError::git_failed, "git cat-file stopped unexpectedly");
    // "<id> blob <size>\n<bytes>\n", or "<id> missing\n"
    auto last_space = header.rfind(' ');
    if (header.find(" blob ") == std::string::npos || last_space == std::string::npos)
        throw HistoryError(HistoryError::git_failed, fmt::format("git has no blob {}", terminal_safe(id)));
    auto size = static_cast<std::size_t>(std::strtoull(header.c_str() + last_space + 1, nullptr, 10));
    if (!cat_file_->read_exact(size, body) || !cat_file_->read_exact(1, newline))
        throw HistoryError(HistoryError::git_failed, "git cat-file stopped unexpectedly");
    return blob_cache_.emplace(id, std::move(body)).first->second;
}

bool GitRepo::plan_is_clean() const {
    std::vector<std::string> args = {"status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignored=matching",
                                     "--no-renames", "--"};
    for (auto& p : pathspecs()) args.push_back(p);
    ProcessResult r = git(args);
    if (r.exit_code != 0) return false;  // unknown: the caller compares the bytes
    // "XY <path>\0" per entry, the path from the top of the work tree.
    for (std::size_t p = 0; p < r.out.size();) {
        auto z = r.out.find('\0', p);
        if (z == std::string::npos) z = r.out.size();
        std::string path = r.out.substr(p, z - p);
        p = z + 1;
        if (path.size() < 4) continue;
        path.erase(0, 3);
        auto slash = path.rfind('/');
        std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
        if (!name.empty() && name[0] != '.') return false;
    }
    return true;
}

namespace {

// One ":<old mode> <new mode> <old id> <new id> <status>" entry of --raw,
// split at its spaces; empty unless it is one.
std::vector<std::string> raw_fields(const std::string& token) {
    std::size_t colon = token.find_first_not_of('\n');
    if (colon == std::string::npos || token[colon] != ':') return {};
    std::vector<std::string> parts;
    for (std::size_t a = colon + 1, b; a <= token.size(); a = b + 1) {
        b = token.find(' ', a);
        if (b == std::string::npos) b = token.size();
        parts.push_back(token.substr(a, b - a));
    }
    return parts.size() == 5 && !parts[4].empty() ? parts : std::vector<std::string>{};
}

}  // namespace

std::vector<CommitChanges> GitRepo::plan_history(const std::string& until) const {
    // Every field ends in NUL, the one byte no author name, file name or
    // object id can hold: "<id>\0<author>\0<time>\0", then per file
    // ":<modes> <ids> <status>\0<path>\0". Any other separator (a control
    // character, a newline) can be in a name and would split it.
    std::vector<std::string> args = {"log",        "--first-parent",   "--reverse", "--raw",
                                     "-z",         "--no-abbrev",      "--no-renames",
                                     "--no-ext-diff", "--diff-merges=first-parent",
                                     "--format=%H%x00%an%x00%ct%x00", "--end-of-options", until, "--"};
    for (auto& p : pathspecs()) args.push_back(p);
    ProcessResult r = git(args);
    if (r.exit_code != 0)
        throw HistoryError(HistoryError::git_failed, "git log failed: " + terminal_safe(first_line(r.err)));

    std::vector<std::string> tokens;
    for (std::size_t p = 0; p < r.out.size();) {
        auto z = r.out.find('\0', p);
        if (z == std::string::npos) z = r.out.size();
        tokens.push_back(r.out.substr(p, z - p));
        p = z + 1;
    }
    std::vector<CommitChanges> out;
    for (std::size_t i = 0; i < tokens.size();) {
        std::string id = tokens[i];
        id.erase(0, id.find_first_not_of('\n'));
        if (id.empty()) {  // the empty field between a header and its files
            ++i;
            continue;
        }
        if (i + 2 >= tokens.size())
            throw HistoryError(HistoryError::git_failed, "git log printed a commit without its author and date");
        CommitChanges c;
        c.commit.id = id;
        c.commit.author = tokens[i + 1];
        c.commit.date = commit_day(id, tokens[i + 2]);
        i += 3;
        // Then its files: a raw entry and its path, in pairs. A path is
        // always taken with its entry, so a path that starts with ':' is
        // never read as an entry, nor an author as a path.
        for (;;) {
            while (i < tokens.size() && tokens[i].empty()) ++i;
            std::vector<std::string> parts = i + 1 < tokens.size() ? raw_fields(tokens[i]) : std::vector<std::string>{};
            if (parts.empty()) break;
            const std::string& path = tokens[i + 1];
            i += 2;
            if (path.compare(0, prefix_.size(), prefix_) != 0) continue;
            bool deleted = parts[4][0] == 'D' || parts[1] == "000000";
            // A link's blob is its text, not actions: the file it names has a
            // history of its own (counted when it is in actions/ too).
            bool regular = parts[1] == "100644" || parts[1] == "100755";
            c.files.push_back({path.substr(prefix_.size()), deleted || !regular ? std::string() : parts[3]});
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace plan
