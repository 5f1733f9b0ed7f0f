#include "write_support.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "edit/git_commit.hpp"
#include "edit/plan_lock.hpp"
#include "edit/unified_diff.hpp"
#include "model/terminal_safe.hpp"
#include "output/atomic_file.hpp"

namespace plan::cli {

namespace fs = std::filesystem;

void add_write_options(CLI::App& cmd, WriteOptions& o) {
    cmd.add_flag("--dry-run", o.dry_run, "Print the change as a unified diff and write nothing");
    cmd.add_flag("--commit", o.commit, "Commit the changed files with git, with a message saying what changed");
    cmd.add_flag("--strict", o.strict, "Refuse a change that would add any warning, too");
}

namespace {

void say(const std::string& message) { std::cerr << "plan: " << terminal_safe(message) << '\n'; }

// The file a plan path names: a symbolic link is written through to its
// target (which the loader only reads inside the plan's folder), so the link stays.
std::string write_target(const std::string& root, const std::string& path) {
    fs::path p = fs::path(root) / path;
    std::error_code ec;
    if (fs::is_symlink(p, ec)) {
        fs::path target = fs::canonical(p, ec);
        if (!ec) return target.string();
    }
    if (!fs::is_regular_file(p, ec))
        throw IoError(fmt::format("{} is not a regular file; plan writes only over regular files", path));
    return p.string();
}

int refuse(const EditResult& r, const RepoLocation& where) {
    DiagnosticsView view{r.added, r.files, where.prefix};
    write_diagnostics_text(std::cerr, view, TextStyle{false, false}, LineSource());
    say(fmt::format("the change is refused: it would add {} finding{} to the plan (above); nothing was written",
                    r.added.size(), r.added.size() == 1 ? "" : "s"));
    return kFindings;
}

std::string message_for(const std::string& subject, const EditResult& r) {
    std::string said;
    for (const auto& s : r.said) said += (said.empty() ? "" : "; ") + s;
    return subject.empty() ? said : subject + ": " + said;
}

}  // namespace

int run_write(const RepoLocation& where, Date as_of, const WriteOptions& o, const std::string& subject,
              const std::function<void(PlanEditor&)>& make) {
    try {
        // Held from the first read to the last write, so that two writes at
        // once take turns and neither is lost.
        std::optional<PlanLock> lock;
        if (!o.dry_run) lock.emplace(where.root, where.prefix + ".plan.lock");
        PlanEditor editor(where.root, as_of);
        make(editor);
        EditResult r = editor.finish(o.strict);
        if (r.changed.empty()) {
            say("nothing to change: the plan already says that; nothing was written");
            return kOk;
        }
        if (!r.added.empty()) return refuse(r, where);
        std::string message = message_for(subject, r);
        if (o.dry_run) {
            for (const auto& c : r.changed) std::cout << unified_diff(terminal_safe(where.prefix + c.path), c.before, c.after);
            say(message + " (dry run: nothing was written)");
            return kOk;
        }
        std::vector<std::string> paths;
        for (const auto& c : r.changed) paths.push_back(c.path);
        if (o.commit) {
            auto dirty = uncommitted(where.root, paths);
            if (!dirty.empty()) {
                std::string list;
                for (const auto& d : dirty) list += (list.empty() ? "" : ", ") + d;
                say(fmt::format("--commit refused: {} already {} changes that are not committed; commit or undo "
                                "them first, or run without --commit. Nothing was written",
                                list, dirty.size() == 1 ? "has" : "have"));
                return kFindings;
            }
        }
        for (const auto& c : r.changed) {
            try {
                write_file_atomically(write_target(where.root, c.path), c.after);
            } catch (const OutputError& e) {
                throw IoError(e.what());
            }
        }
        std::string written;
        for (const auto& p : paths) written += (written.empty() ? "" : ", ") + where.prefix + p;
        if (o.commit) {
            std::string id;
            try {
                id = commit_paths(where.root, paths, message);
            } catch (const EditError& e) {
                say(e.what());
                return kFailure;
            }
            say(fmt::format("{} (wrote {}; committed {})", message, written, id.substr(0, 12)));
        } else {
            say(fmt::format("{} (wrote {})", message, written));
        }
        return kOk;
    } catch (const LockError& e) {
        say(e.what());
        return kFailure;
    } catch (const EditError& e) {
        // An empty message: the command reports the refusal itself.
        if (*e.what()) say(std::string(e.what()) + "; nothing was written");
        return kFindings;
    }
}

}  // namespace plan::cli
