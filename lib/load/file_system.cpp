#include "load/file_system.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "load/limits.hpp"

namespace plan {
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

InputFile read_one(const fs::path& root, const std::string& relative) {
    InputFile f;
    f.path = relative;
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

}  // namespace

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
    for (int depth = 0; depth < 256; ++depth) {
        if (fs::is_regular_file(dir / "plan.yaml", ec)) return dir.string();
        if (!dir.has_parent_path() || dir.parent_path() == dir) break;
        dir = dir.parent_path();
    }
    return std::nullopt;
}

std::vector<InputFile> read_repository_files(const std::string& root) {
    std::vector<std::string> paths{"plan.yaml"};
    std::vector<InputFile> unreadable;
    for (const char* folder : {"actions", "kpis"}) {
        std::error_code ec;
        fs::path dir = fs::path(root) / folder;
        if (!fs::exists(dir, ec)) continue;  // a plan may have no KPIs yet
        if (!fs::is_directory(dir, ec)) {
            unreadable.push_back({folder, {}, "it is a file; it should be a folder of .yaml files"});
            continue;
        }
        fs::directory_iterator it(dir, ec), end;
        if (ec) unreadable.push_back({folder, {}, "cannot read the folder: " + ec.message()});
        // One past the limit is enough for check_repository to refuse the lot.
        for (; !ec && it != end && paths.size() <= limits::kMaxFiles; it.increment(ec)) {
            std::string name = it->path().filename().string();
            if (name.empty() || name[0] == '.') continue;  // editors' and git's own files
            paths.push_back(std::string(folder) + "/" + name + (it->is_directory(ec) ? "/" : ""));
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
        files.push_back(kind_of(p) == SourceFile::other ? InputFile{p, {}, {}} : read_one(root, p));
    }
    for (auto& u : unreadable) files.push_back(std::move(u));
    return files;
}

}  // namespace plan
