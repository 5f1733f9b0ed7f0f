#include "history/git_repo.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "model/terminal_safe.hpp"

namespace plan {
namespace {

// The environment git runs in: no user or system configuration, no pager,
// no prompts, plain C output; variables that would point git elsewhere unset.
const ProcessEnv& git_env() {
    static const ProcessEnv env{
        {"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1", "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat",
         "PAGER=cat", "LC_ALL=C", "GIT_OPTIONAL_LOCKS=0"},
        {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
         "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_NAMESPACE", "GIT_EXTERNAL_DIFF",
         "GIT_REPLACE_REF_BASE"}};
    return env;
}

std::vector<std::string> git_prefix(const std::string& dir) {
    // Repository-local settings that would change what these commands print.
    return {"git",          "--no-pager",
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

Date date_of_epoch(long long seconds) { return Date::from_days(static_cast<std::int32_t>(seconds / 86400)); }

}  // namespace

ProcessResult GitRepo::git(std::vector<std::string> args) const {
    auto argv = git_prefix(top_.empty() ? plan_root_ : top_);
    argv.insert(argv.end(), args.begin(), args.end());
    ProcessResult r = run_process(argv, git_env());
    if (r.exit_code == -1) throw HistoryError(HistoryError::git_failed, "could not run git; is it installed?");
    return r;
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
    ProcessResult r = git({"rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"});
    std::string id = first_line(r.out);
    if (r.exit_code != 0 || id.size() < 40)
        throw HistoryError(HistoryError::bad_revision,
                           fmt::format("'{}' is not a commit, tag or branch in this repository", terminal_safe(revision)));
    return id;
}

std::string GitRepo::commit_on_or_before(Date day) const {
    long long end_of_day = static_cast<long long>(day.days()) * 86400 + 86399;
    ProcessResult r = git({"rev-list", "-1", "--first-parent", fmt::format("--before={}", end_of_day), "HEAD"});
    std::string id = first_line(r.out);
    if (r.exit_code != 0 || id.empty())
        throw HistoryError(HistoryError::bad_revision,
                           fmt::format("the repository has no commit on or before {}", day.long_form()));
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
    c.date = date_of_epoch(std::atoll(line.c_str() + b + 1));
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

std::vector<CommitChanges> GitRepo::plan_history(const std::string& until) const {
    std::vector<std::string> args = {"log",        "--first-parent",   "--reverse", "--raw",
                                     "-z",         "--no-abbrev",      "--no-renames",
                                     "--no-ext-diff", "--diff-merges=first-parent",
                                     "--format=%x01%H%x00%an%x00%ct", "--end-of-options", until, "--"};
    for (auto& p : pathspecs()) args.push_back(p);
    ProcessResult r = git(args);
    if (r.exit_code != 0)
        throw HistoryError(HistoryError::git_failed, "git log failed: " + terminal_safe(first_line(r.err)));

    std::vector<CommitChanges> out;
    const std::string& s = r.out;
    std::size_t pos = 0;
    while ((pos = s.find('\x01', pos)) != std::string::npos) {
        ++pos;
        std::size_t next = s.find('\x01', pos);
        std::string block = s.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
        // header: id \0 author \0 time \0 \n, then ":modes ids status\0path\0" entries
        std::vector<std::string> fields;
        std::size_t p = 0;
        while (p < block.size()) {
            auto z = block.find('\0', p);
            if (z == std::string::npos) z = block.size();
            fields.push_back(block.substr(p, z - p));
            p = z + 1;
        }
        if (fields.size() < 3) continue;
        CommitChanges c;
        c.commit.id = fields[0];
        c.commit.author = fields[1];
        c.commit.date = date_of_epoch(std::atoll(fields[2].c_str()));
        for (std::size_t i = 3; i + 1 < fields.size(); i += 2) {
            std::string raw = fields[i];
            auto colon = raw.find(':');
            if (colon == std::string::npos) continue;
            raw = raw.substr(colon + 1);  // "100644 100644 old new M"
            std::vector<std::string> parts;
            for (std::size_t a = 0, b; a < raw.size(); a = b + 1) {
                b = raw.find(' ', a);
                if (b == std::string::npos) b = raw.size();
                parts.push_back(raw.substr(a, b - a));
            }
            if (parts.size() < 5) continue;
            const std::string& path = fields[i + 1];
            if (path.compare(0, prefix_.size(), prefix_) != 0) continue;
            bool deleted = parts[4][0] == 'D' || parts[1] == "000000";
            // A link's blob is its text, not actions: the file it names has a
            // history of its own (counted when it is in actions/ too).
            bool regular = parts[1] == "100644" || parts[1] == "100755";
            c.files.push_back({path.substr(prefix_.size()), deleted || !regular ? std::string() : parts[3]});
        }
        out.push_back(std::move(c));
        pos = next == std::string::npos ? s.size() : next;
    }
    return out;
}

}  // namespace plan
