#include "report_output.hpp"

#include <unistd.h>

#include <cerrno>

#include <filesystem>

#include "load/input_file.hpp"
#include "output/atomic_file.hpp"
#include "model/terminal_safe.hpp"

namespace plan::cli {
namespace fs = std::filesystem;

namespace {

// The same file or folder, however it is spelt: symbolic links, "..", or a
// path relative to the working directory.
bool same_place(const fs::path& a, const fs::path& b) {
    std::error_code ec1, ec2;
    if (fs::exists(a, ec1) && fs::exists(b, ec2)) return fs::equivalent(a, b, ec1);
    return fs::weakly_canonical(a, ec1) == fs::weakly_canonical(b, ec2);
}

// Where `out` would be inside the repository ("actions/paper.yaml"), or ""
// when it is outside. The folders are resolved (a relative path, "..", a
// symbolic link to a folder); the last name is not, as -o replaces a link
// rather than writing through it.
std::string place_in_repository(const fs::path& out, const std::string& root) {
    std::error_code ec;
    fs::path full = fs::absolute(out, ec);
    if (ec) return {};
    fs::path name = full.filename();
    fs::path resolved = name.empty() || name == "." || name == ".."
                            ? fs::weakly_canonical(full, ec)
                            : fs::weakly_canonical(full.parent_path(), ec) / name;
    if (ec) return {};
    fs::path base = fs::weakly_canonical(root, ec);
    if (ec) return {};
    std::string relative = resolved.lexically_relative(base).generic_string();
    bool outside = relative.empty() || relative == "." || relative == ".." || relative.compare(0, 3, "../") == 0;
    return outside ? std::string() : relative;
}

}  // namespace

void check_output_path(const std::string& path, const RepoLocation& where, const Repository& repo,
                       const std::string& what) {
    std::error_code ec;
    fs::path out(path);
    std::string shown = terminal_safe(path);
    if (same_place(out, where.root))
        throw UsageError(what + ": '" + shown + "' is the plan repository itself; name a file for the paper");
    for (const auto& f : repo.files)
        if (same_place(out, fs::path(where.root) / f.path))
            throw UsageError(what + ": '" + shown + "' is one of the plan's own files (" + terminal_safe(f.path) +
                             "); name another file for the paper");
    // Not there yet, but the next run would read it as part of the plan.
    std::string inside = place_in_repository(out, where.root);
    if (inside == "actions" || inside == "kpis")
        throw UsageError(what + ": '" + shown + "' is where the plan's " + terminal_safe(inside) +
                         " folder belongs; write the paper elsewhere, e.g. as paper.html at the top of the repository");
    if (!inside.empty() && kind_of(inside) != SourceFile::other)
        throw UsageError(what + ": '" + shown + "' would become one of the plan's files (" + terminal_safe(inside) +
                         "): plan.yaml and every .yaml or .yml file in actions/ and kpis/ are read as the plan; "
                         "write the paper elsewhere, e.g. as .md or .html outside actions/ and kpis/");
    if (fs::is_directory(out, ec))
        throw UsageError(what + ": '" + shown + "' is a folder; name a file, e.g. " +
                         terminal_safe((out / "paper.html").string()));
}

void write_paper(const std::string& path, const std::string& paper) {
    try {
        if (path.empty()) write_all(STDOUT_FILENO, paper, "standard output");
        else write_output(path, paper);
    } catch (const OutputError& e) {
        // `plan report | head`: the reader took what it wanted (app.cpp).
        if (e.error == EPIPE && reader_has_gone(STDOUT_FILENO)) return;
        throw IoError(e.what());
    }
}

}  // namespace plan::cli
