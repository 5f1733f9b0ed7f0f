#include "edit/plan_lock.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <thread>

namespace plan {

namespace {

std::string describe_holder(const std::string& path, const std::string& shown_as) {
    std::ifstream in(path);
    std::string pid;
    in >> pid;
    struct stat st {};
    std::string age = "of unknown age";
    if (::stat(path.c_str(), &st) == 0) {
        long seconds = static_cast<long>(std::time(nullptr) - st.st_mtime);
        age = fmt::format("{} second{} old", seconds, seconds == 1 ? "" : "s");
    }
    bool digits = !pid.empty() && pid.size() < 10 && pid.find_first_not_of("0123456789") == std::string::npos;
    bool running = digits && (::kill(static_cast<pid_t>(std::strtol(pid.c_str(), nullptr, 10)), 0) == 0 || errno == EPERM);
    return fmt::format("{} (pid {}, {}{})", shown_as, pid.empty() ? "unknown" : pid, age,
                       running ? "" : "; that process is not running on this machine");
}

}  // namespace

PlanLock::PlanLock(const std::string& root, const std::string& shown_as, int wait_ms) : path_(root + "/.plan.lock") {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
    for (;;) {
        int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            std::string text = fmt::format("{}\n", ::getpid());
            ssize_t n = ::write(fd, text.data(), text.size());
            ::close(fd);
            if (n != static_cast<ssize_t>(text.size())) {
                ::unlink(path_.c_str());
                throw LockError(fmt::format("cannot write the lock {}: {}", path_, std::strerror(errno)));
            }
            return;
        }
        if (errno != EEXIST)
            throw LockError(fmt::format("cannot create the lock {}: {}; plan needs to write in the plan's folder",
                                        path_, std::strerror(errno)));
        if (std::chrono::steady_clock::now() >= until) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw LockError(fmt::format("another write to this plan holds the lock {}; wait for it to finish and run the "
                                "command again. If no plan command is running (the lock was left by one that was "
                                "killed), remove the lock: rm '{}'",
                                describe_holder(path_, shown_as), shown_as));
}

PlanLock::~PlanLock() { ::unlink(path_.c_str()); }

}  // namespace plan
