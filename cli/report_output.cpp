#include "report_output.hpp"

#include <unistd.h>

#include <filesystem>

#include "output/atomic_file.hpp"

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

}  // namespace

void check_output_path(const std::string& path, const RepoLocation& where, const Repository& repo) {
    std::error_code ec;
    fs::path out(path);
    if (same_place(out, where.root))
        throw UsageError("-o: '" + path + "' is the plan repository itself; name a file for the paper");
    for (const auto& f : repo.files)
        if (same_place(out, fs::path(where.root) / f.path))
            throw UsageError("-o: '" + path + "' is one of the plan's own files (" + f.path +
                             "); name another file for the paper");
    if (fs::is_directory(out, ec))
        throw UsageError("-o: '" + path + "' is a folder; name a file, e.g. " + (out / "paper.html").string());
}

void write_paper(const std::string& path, const std::string& paper) {
    try {
        if (path.empty()) write_all(STDOUT_FILENO, paper, "standard output");
        else write_file_atomically(path, paper);
    } catch (const OutputError& e) {
        throw IoError(e.what());
    }
}

}  // namespace plan::cli
