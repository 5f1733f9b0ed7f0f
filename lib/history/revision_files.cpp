// GitRepo::files_at: the plan's files as a commit holds them, read as
// load/file_system.cpp reads a checkout of that commit, so that a revision
// validates as its working tree does: the same files, links followed the
// same way (load/link_target.hpp), the same problems named.
#include <algorithm>
#include <cerrno>
#include <map>
#include <optional>
#include <system_error>

#include "history/git_repo.hpp"
#include "load/file_system.hpp"
#include "load/link_target.hpp"
#include "model/terminal_safe.hpp"

namespace plan {
namespace {

// One entry of `git ls-tree -z`: "<mode> <type> <id>\t<path>".
struct TreeEntry {
    std::string mode, id, path;  // path relative to the plan's folder

    bool regular() const { return mode.compare(0, 3, "100") == 0; }
    bool link() const { return mode == "120000"; }
    bool folder() const { return mode == "040000" || submodule(); }  // a submodule is checked out as a folder
    bool submodule() const { return mode == "160000"; }
};

std::vector<TreeEntry> parse_entries(const std::string& out, const std::string& prefix) {
    std::vector<TreeEntry> entries;
    for (std::size_t pos = 0; pos < out.size();) {
        auto end = out.find('\0', pos);
        if (end == std::string::npos) end = out.size();
        std::string entry = out.substr(pos, end - pos);
        pos = end + 1;
        auto tab = entry.find('\t');
        auto space = entry.find(' ');
        auto id_start = entry.rfind(' ', tab);
        if (tab == std::string::npos || space == std::string::npos || id_start == std::string::npos) continue;
        std::string path = entry.substr(tab + 1);
        if (path.compare(0, prefix.size(), prefix) != 0) continue;
        entries.push_back({entry.substr(0, space), entry.substr(id_start + 1, tab - id_start - 1), path.substr(prefix.size())});
    }
    return entries;
}

std::string system_words(int err) { return std::error_code(err, std::generic_category()).message(); }

std::string first_line(const std::string& s) {
    std::string line = s.substr(0, s.find('\n'));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

}  // namespace

std::vector<InputFile> GitRepo::files_at(const std::string& commit) {
    auto ls_tree = [&](std::vector<std::string> paths, bool recursive) {
        std::vector<std::string> args{"ls-tree", "-z", "--full-tree"};
        if (recursive) args.push_back("-r");
        args.insert(args.end(), {"--end-of-options", commit, "--"});
        for (const auto& p : paths) args.push_back(":(top,literal)" + prefix_ + p);
        ProcessResult r = git(args);
        if (r.exit_code != 0)
            throw HistoryError(HistoryError::git_failed, "git ls-tree failed: " + terminal_safe(first_line(r.err)));
        return parse_entries(r.out, prefix_);
    };
    // One level, as read_repository_files reads the working tree: plan.yaml,
    // then what actions/ and kpis/ hold (folders named, not entered). The
    // names without a slash list a file, link or submodule standing where
    // the folder should be; a real folder is listed by its contents only.
    std::vector<TreeEntry> entries = ls_tree({"plan.yaml", "actions", "actions/", "kpis", "kpis/"}, false);

    // Everything in the plan's folder, listed the first time a link is followed.
    std::optional<std::map<std::string, TreeEntry>> all;
    auto entry_at = [&](const std::string& path) -> const TreeEntry* {
        if (!all) {
            all.emplace();
            for (auto& e : ls_tree({""}, true)) all->emplace(e.path, std::move(e));
        }
        auto it = all->find(path);
        return it == all->end() ? nullptr : &it->second;
    };
    // What the system would say on opening `path`, which is not a file.
    auto not_a_file = [&](const std::string& path) {
        if (path.empty()) return system_words(EISDIR);  // the plan's folder itself
        for (auto slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
            if (const TreeEntry* e = entry_at(path.substr(0, slash)); e && !e->folder()) return system_words(ENOTDIR);
        if (const TreeEntry* e = entry_at(path)) return system_words(e->folder() ? EISDIR : ENOENT);
        auto next = all->lower_bound(path + "/");  // a folder is listed by what it holds
        bool folder = next != all->end() && next->first.compare(0, path.size() + 1, path + "/") == 0;
        return system_words(folder ? EISDIR : ENOENT);
    };
    auto read_link = [&](const std::string& path, InputFile& f) {
        LinkTarget target = follow_links(path, [&](const std::string& p) -> std::optional<std::string> {
            const TreeEntry* e = entry_at(p);
            return e && e->link() ? std::optional<std::string>(blob(e->id)) : std::nullopt;
        }, [&](const std::string& p) {
            if (const TreeEntry* e = entry_at(p)) return e->folder() ? 0 : ENOTDIR;
            auto next = all->lower_bound(p + "/");  // a folder is listed by what it holds
            return next != all->end() && next->first.compare(0, p.size() + 1, p + "/") == 0 ? 0 : ENOENT;
        });
        const TreeEntry* e = target.problem.empty() ? entry_at(target.path) : nullptr;
        if (!target.problem.empty()) f.read_error = target.problem;
        else if (e && e->regular()) f.text = blob(e->id);
        else f.read_error = not_a_file(target.path);
    };

    std::vector<InputFile> files, not_folders;
    bool has_plan = false;
    for (const auto& e : entries) {
        const std::string& path = e.path;
        auto slash = path.rfind('/');
        if (path.empty() || path[slash == std::string::npos ? 0 : slash + 1] == '.') continue;  // as the working tree reader skips them
        if (path == "actions" || path == "kpis") {
            // A folder is listed by its contents; a submodule's are not in
            // this repository, so none of them is part of this revision.
            if (e.submodule())
                not_folders.push_back({path, {}, "it is a submodule (a commit of another repository), whose files are "
                                                 "not in this one; it should be a folder of .yaml files"});
            else if (!e.folder()) not_folders.push_back({path, {}, not_a_folder_problem(e.link())});
            continue;
        }
        if (path == "plan.yaml" && e.folder()) {
            // As the working tree reader finds it: a folder where the file should be.
            files.push_back({"plan.yaml", "",
                             std::string("not a file: it is ") + (e.submodule() ? "a submodule" : "a folder") +
                                 "; plan.yaml must be a file"});
            has_plan = true;
            continue;
        }
        if (!e.regular() && !e.folder() && !e.link()) continue;
        InputFile f;
        f.path = e.folder() ? path + "/" : path;
        has_plan = has_plan || f.path == "plan.yaml";
        if (!e.folder() && kind_of(f.path) != SourceFile::other) {
            if (e.link()) read_link(path, f);
            else f.text = blob(e.id);
        }
        files.push_back(std::move(f));
    }
    if (!has_plan) files.push_back(InputFile{"plan.yaml", "", "not in this revision"});
    std::stable_sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) {
        bool pa = a.path == "plan.yaml", pb = b.path == "plan.yaml";
        return pa != pb ? pa : a.path < b.path;
    });
    // Last, in the working tree reader's order, so that an unchanged
    // checkout compares equal (revisions.cpp, same_files).
    for (auto& f : not_folders) files.push_back(std::move(f));
    return files;
}

}  // namespace plan
