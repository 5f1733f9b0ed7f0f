#include "load/file_system.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "load/limits.hpp"
#include "load/link_target.hpp"

namespace plan {
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The file at `relative`, listed as `shown` (a link's own path).
InputFile read_one(const fs::path& root, const std::string& relative, const std::string& shown) {
    InputFile f;
    f.path = shown;
    fs::path full = root / relative;
    std::error_code ec;
    auto size = fs::file_size(full, ec);
    if (ec) {
        f.read_error = ec.message();
        return f;
    }
    if (size > limits::kMaxFileBytes) {
        // Not read at all: too large to be a plan file.
        f.read_error = fmt::format("the file is {} bytes, more than the limit of {} bytes; split it into several files",
                                   size, limits::kMaxFileBytes);
        f.too_large = true;
        return f;
    }
    std::ifstream in(full, std::ios::binary);
    if (!in) {
        f.read_error = "cannot open the file";
        return f;
    }
    f.text.resize(size);
    in.read(f.text.data(), static_cast<std::streamsize>(size));
    f.text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) f.read_error = "read error";
    return f;
}

// A link is read as its target, followed as for a revision (not by the
// system), so that both read the same files or name the same problem.
InputFile read_link(const fs::path& root, const std::string& relative) {
    LinkTarget target = follow_links(relative, [&](const std::string& p) -> std::optional<std::string> {
        std::error_code ec;
        fs::path full = root / p;
        if (!fs::is_symlink(full, ec)) return std::nullopt;
        fs::path text = fs::read_symlink(full, ec);
        return ec ? std::nullopt : std::optional<std::string>(text.string());
    }, [&](const std::string& p) {
        std::error_code ec;
        auto st = fs::status(root / p, ec);
        return fs::is_directory(st) ? 0 : fs::exists(st) ? ENOTDIR : ENOENT;
    });
    if (!target.problem.empty()) return {relative, {}, target.problem};
    return read_one(root, target.path, relative);
}

}  // namespace

std::string not_a_folder_problem(bool link) {
    return std::string(link ? "it is a symbolic link" : "it is a file") + "; it should be a folder of .yaml files";
}

SourceFile::Kind kind_of(const std::string& p) {
    if (p == "plan.yaml") return SourceFile::plan;
    bool yaml = ends_with(p, ".yaml") || ends_with(p, ".yml");
    auto slash = p.find('/');
    if (!yaml || slash == std::string::npos || p.find('/', slash + 1) != std::string::npos) return SourceFile::other;
    std::string folder = p.substr(0, slash);
    if (folder == "actions") return SourceFile::actions;
    if (folder == "kpis") return SourceFile::kpi;
    return SourceFile::other;
}

std::optional<std::string> find_repository_root(const std::string& start) {
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec);
    if (ec) return std::nullopt;
    dir = dir.lexically_normal();
    if (!dir.has_filename()) dir = dir.parent_path();  // "/a/b/" -> "/a/b"
    // A folder deeper than PATH_MAX cannot be named by its absolute path (the
    // system refuses it: ENAMETOOLONG), so there each folder is named from
    // `start` instead ("start/../.."), which stays short.
    fs::path up = start;
    for (int depth = 0; depth < 256; ++depth) {
        bool too_long = dir.native().size() + 32 >= PATH_MAX;
        const fs::path& here = too_long ? up : dir;
        if (fs::is_regular_file(here / "plan.yaml", ec)) return here.string();
        if (!dir.has_parent_path() || dir.parent_path() == dir) break;
        dir = dir.parent_path();
        up /= "..";
    }
    return std::nullopt;
}

std::vector<InputFile> read_repository_files(const std::string& root) {
    std::vector<std::string> paths{"plan.yaml"};
    std::vector<InputFile> unreadable;
    for (const char* folder : {"actions", "kpis"}) {
        std::error_code ec;
        fs::path dir = fs::path(root) / folder;
        auto status = fs::symlink_status(dir, ec);
        if (!fs::exists(status)) continue;  // a plan may have no KPIs yet
        if (!fs::is_directory(status)) {
            unreadable.push_back({folder, {}, not_a_folder_problem(fs::is_symlink(status))});
            continue;
        }
        fs::directory_iterator it(dir, ec), end;
        if (ec) unreadable.push_back({folder, {}, "cannot read the folder: " + ec.message()});
        // One past the limit (counting every name listed, plan file or not)
        // is enough for check_repository to refuse the lot.
        for (; !ec && it != end && paths.size() <= limits::kMaxFiles + 1; it.increment(ec)) {
            std::string name = it->path().filename().string();
            if (name.empty() || name[0] == '.') continue;  // editors' and git's own files
            std::error_code entry_ec;  // not `ec`, which ends the listing
            bool subfolder = !it->is_symlink(entry_ec) && it->is_directory(entry_ec);  // a link is a file here, as in git
            paths.push_back(std::string(folder) + "/" + name + (subfolder ? "/" : ""));
        }
    }
    std::sort(paths.begin() + 1, paths.end());
    std::vector<InputFile> files;
    files.reserve(paths.size() + unreadable.size());
    for (const auto& p : paths) {
        if (!p.empty() && p.back() == '/') {
            files.push_back({p, {}, {}});  // a folder: named, not read
            continue;
        }
        std::error_code ec;
        if (kind_of(p) == SourceFile::other) files.push_back({p, {}, {}});
        else if (fs::is_symlink(fs::path(root) / p, ec)) files.push_back(read_link(root, p));
        else files.push_back(read_one(root, p, p));
    }
    for (auto& u : unreadable) files.push_back(std::move(u));
    return files;
}

}  // namespace plan
