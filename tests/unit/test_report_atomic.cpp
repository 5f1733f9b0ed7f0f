// Writing the paper: all or nothing, and never a stray temporary file.
#include <doctest/doctest.h>
#include <fcntl.h>

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "output/atomic_file.hpp"

using namespace plan;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "plan-atomic-XXXXXX").string();
        path = mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, ec);
        fs::remove_all(path, ec);
    }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t entries(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

}  // namespace

TEST_CASE("atomic write: writes a new file and replaces an old one") {
    TempDir dir;
    fs::path target = dir.path / "paper.html";
    write_file_atomically(target.string(), "first");
    CHECK(read(target) == "first");
    write_file_atomically(target.string(), "second");
    CHECK(read(target) == "second");
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("atomic write: a folder that does not exist fails with the path and reason") {
    TempDir dir;
    fs::path target = dir.path / "missing" / "paper.md";
    try {
        write_file_atomically(target.string(), "x");
        FAIL("expected an OutputError");
    } catch (const OutputError& e) {
        std::string what = e.what();
        CHECK(what.find(target.string()) != std::string::npos);
        CHECK(what.find("No such file or directory") != std::string::npos);
    }
    CHECK(entries(dir.path) == 0);
}

TEST_CASE("atomic write: in a read-only folder the old file is untouched and no temporary file is left") {
    if (geteuid() == 0) {
        // root writes anyway; a file in place of the folder fails the same way for everyone.
        TempDir dir;
        fs::path blocker = dir.path / "not-a-folder";
        std::ofstream(blocker) << "old";
        CHECK_THROWS_AS(write_file_atomically((blocker / "paper.md").string(), "new"), OutputError);
        CHECK(read(blocker) == "old");
        CHECK(entries(dir.path) == 1);
        return;
    }
    TempDir dir;
    fs::path target = dir.path / "paper.md";
    std::ofstream(target) << "old paper";
    fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec);
    CHECK_THROWS_AS(write_file_atomically(target.string(), "new paper"), OutputError);
    fs::permissions(dir.path, fs::perms::owner_all);
    CHECK(read(target) == "old paper");
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("atomic write: a target that is a folder fails and leaves no temporary file") {
    TempDir dir;
    fs::create_directory(dir.path / "paper.md");
    CHECK_THROWS_AS(write_file_atomically((dir.path / "paper.md").string(), "x"), OutputError);
    CHECK(entries(dir.path) == 1);
    CHECK(fs::is_directory(dir.path / "paper.md"));
}

TEST_CASE("atomic write: a write to a full device reports the reason") {
    int fd = ::open("/dev/full", O_WRONLY);
    if (fd < 0) {
        // ctest runs each case alone and shows exit 77 as skipped, with this reason.
        std::printf("SKIPPED: /dev/full is missing here, so a full device cannot be tried\n");
        std::exit(77);
    }
    CHECK_THROWS_WITH_AS(write_all(fd, "x", "standard output"),
                         "could not write to 'standard output': No space left on device", OutputError);
    ::close(fd);
}
