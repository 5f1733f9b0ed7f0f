#include "output/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "output/temp_registry.hpp"

namespace plan {
namespace {

[[noreturn]] void fail(const std::string& doing, const std::string& path, int err) {
    throw OutputError("could not " + doing + " '" + path + "': " + std::strerror(err), err);
}

// "<target>.tmp.XXXXXX" beside the target, unless that name would be longer
// than the folder allows (a target of 245 bytes or more): then a short
// ".plan.tmp.XXXXXX" in the same folder, as the rename must stay within it.
std::string temp_template(const std::string& target) {
    std::filesystem::path p(target);
    std::string dir = p.parent_path().string();
    long name_max = ::pathconf(dir.empty() ? "." : dir.c_str(), _PC_NAME_MAX);
    if (name_max <= 0) name_max = 255;
    const std::string suffix = ".tmp.XXXXXX";
    std::string name = p.filename().string();
    if (name.size() + suffix.size() <= static_cast<std::size_t>(name_max)) return target + suffix;
    return (p.parent_path() / (".plan" + suffix)).string();
}

// Closes the descriptor and removes the temporary file unless the rename
// happened, so that no failure leaves "<name>.tmp.XXXXXX" behind. The file is
// registered while it exists, so that an interrupt removes it too.
class TempFile {
public:
    explicit TempFile(const std::string& target) : name_(temp_template(target)) {
        std::vector<char> buf(name_.begin(), name_.end());
        buf.push_back('\0');
        fd_ = create_registered_temp(buf.data());
        if (fd_ < 0) fail("create a temporary file beside", target, errno);
        name_.assign(buf.data());
    }
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!kept_) remove_registered_temp(name_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    int fd() const { return fd_; }
    const std::string& name() const { return name_; }
    // Closes the file, reporting errors that only show at close (NFS, quotas).
    int close() {
        int r = ::close(fd_);
        fd_ = -1;
        return r;
    }
    // Renames the file over `target`; once done, there is nothing to remove.
    int rename_to(const std::string& target) {
        int r = rename_registered_temp(name_.c_str(), target.c_str());
        kept_ = r == 0;
        return r;
    }

private:
    std::string name_;
    int fd_ = -1;
    bool kept_ = false;
};

// The mode a new file would get (0666 less the umask), or the target's own.
mode_t mode_for(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) return st.st_mode & 07777;
    mode_t mask = ::umask(022);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}

}  // namespace

void write_all(int fd, std::string_view content, const std::string& what) {
    while (!content.empty()) {
        ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail("write to", what, n < 0 ? errno : EIO);
        content.remove_prefix(static_cast<std::size_t>(n));
    }
}

void write_file_atomically(const std::string& path, std::string_view content) {
    TempFile tmp(path);
    if (::fchmod(tmp.fd(), mode_for(path)) != 0) fail("set the permissions of", tmp.name(), errno);
    write_all(tmp.fd(), content, path);
    if (::fsync(tmp.fd()) != 0) fail("flush", path, errno);
    if (tmp.close() != 0) fail("close", path, errno);
    if (tmp.rename_to(path) != 0) fail("replace", path, errno);
    // Make the rename itself durable; a failure here loses nothing already written.
    std::string dir = std::filesystem::path(path).parent_path().string();
    int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace plan
