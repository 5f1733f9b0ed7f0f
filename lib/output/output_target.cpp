// What -o and $GITHUB_STEP_SUMMARY name, and how each kind is written
// (atomic_file.hpp): a regular file is replaced by rename, a device or pipe
// is written as it is, one of plan's own descriptors is written through.
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <optional>

#include "output/atomic_file.hpp"

namespace plan {
namespace {

[[noreturn]] void fail(const std::string& path, int err) {
    std::string why = err == ENXIO ? "no program is reading from this named pipe (or socket); start the reader "
                                     "first, or name a regular file"
                                   : std::strerror(err);
    throw OutputError("could not write to '" + path + "': " + why, err);
}

// The descriptor number a name stands for: /dev/stdout, /dev/stderr,
// /dev/fd/N and /proc/self/fd/N, reached directly or through links. Opening
// such a name would start a new file position at 0 (or, renamed over, would
// replace the link in /dev); writing to the descriptor itself is what
// `> file` or `| program` asked for.
std::optional<int> own_descriptor(std::string path) {
    auto number_after = [](const std::string& p, const std::string& prefix) -> std::optional<int> {
        if (p.compare(0, prefix.size(), prefix) != 0 || p.size() == prefix.size() || p.size() > prefix.size() + 6)
            return std::nullopt;
        int n = 0;
        for (std::size_t i = prefix.size(); i < p.size(); ++i) {
            if (p[i] < '0' || p[i] > '9') return std::nullopt;
            n = n * 10 + (p[i] - '0');
        }
        return n;
    };
    for (int hop = 0; hop < 40; ++hop) {
        if (path == "/dev/stdin") return 0;
        if (path == "/dev/stdout") return 1;
        if (path == "/dev/stderr") return 2;
        if (auto n = number_after(path, "/dev/fd/")) return n;
        if (auto n = number_after(path, "/proc/self/fd/")) return n;
        if (auto n = number_after(path, "/proc/" + std::to_string(::getpid()) + "/fd/")) return n;
        char buf[PATH_MAX];
        ssize_t len = ::readlink(path.c_str(), buf, sizeof buf - 1);
        if (len <= 0) return std::nullopt;
        std::string target(buf, static_cast<std::size_t>(len));
        if (target[0] != '/') {
            auto slash = path.rfind('/');
            target = (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + target;
        }
        path = target;
    }
    return std::nullopt;
}

// Opens without blocking (a FIFO with no reader fails with ENXIO at once),
// then blocks again for the writes, so that a slow reader is waited for.
int open_now(const std::string& path, int flags) {
    int fd = ::open(path.c_str(), flags | O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0666);
    if (fd < 0) fail(path, errno);
    int fl = ::fcntl(fd, F_GETFL);
    if (fl >= 0) ::fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    return fd;
}

void write_and_close(int fd, std::string_view content, const std::string& path) {
    try {
        write_all(fd, content, path);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0 && errno != EINTR) fail(path, errno);
}

std::string kind_words(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

[[noreturn]] void refuse(const std::string& path, mode_t mode) {
    throw OutputError("could not write to '" + path + "': it is " + kind_words(mode) +
                          "; name a regular file (or a character device or named pipe, written as it is)",
                      0);
}

}  // namespace

void write_output(const std::string& path, std::string_view content) {
    if (auto fd = own_descriptor(path)) return write_all(*fd, content, path);
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return write_file_atomically(path, content);
    if (S_ISLNK(st.st_mode) && (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)))
        return write_file_atomically(path, content);  // the link itself is replaced, not written through
    if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) refuse(path, st.st_mode);
    int fd = open_now(path, 0);
    struct stat opened {};
    if (::fstat(fd, &opened) == 0 && !S_ISCHR(opened.st_mode) && !S_ISFIFO(opened.st_mode)) {
        ::close(fd);  // replaced between the look and the open: look again, once
        struct stat again {};
        if (::lstat(path.c_str(), &again) == 0 && S_ISREG(again.st_mode)) return write_file_atomically(path, content);
        refuse(path, opened.st_mode);
    }
    write_and_close(fd, content, path);
}

void append_to_file(const std::string& path, std::string_view content) {
    if (auto fd = own_descriptor(path)) return write_all(*fd, content, path);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode))
        refuse(path, st.st_mode);
    int fd = open_now(path, O_APPEND | O_CREAT);
    write_and_close(fd, content, path);
}

bool reader_has_gone(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) return false;
    pollfd p{fd, POLLOUT, 0};
    return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLERR | POLLHUP)) != 0;
}

}  // namespace plan
