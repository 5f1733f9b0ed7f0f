#include "history/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace plan {
namespace {

std::vector<std::string> build_env(const ProcessEnv& env) {
    std::vector<std::string> out;
    auto name_of = [](const std::string& e) { return e.substr(0, e.find('=')); };
    for (char** e = environ; e && *e; ++e) {
        std::string entry = *e, name = name_of(entry);
        bool drop = false;
        for (const auto& u : env.unset) drop = drop || u == name;
        for (const auto& p : env.unset_prefixes) drop = drop || name.compare(0, p.size(), p) == 0;
        for (const auto& s : env.set) drop = drop || name_of(s) == name;
        if (!drop) out.push_back(entry);
    }
    for (const auto& s : env.set) out.push_back(s);
    return out;
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
    std::vector<char*> out;
    for (auto& s : v) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// Starts argv[0] (looked up in PATH) with the given descriptors as its
// stdin, stdout and stderr. Returns the pid, or -1 with the reason in
// `error` (posix_spawnp returns it; errno is not set).
int spawn(const std::vector<std::string>& argv, const ProcessEnv& env, int in, int out, int err,
          const std::vector<int>& close_in_child, int& error) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in, 0);
    posix_spawn_file_actions_adddup2(&actions, out, 1);
    posix_spawn_file_actions_adddup2(&actions, err, 2);
    for (int fd : close_in_child) posix_spawn_file_actions_addclose(&actions, fd);
    std::vector<std::string> args = argv, envs = build_env(env);
    auto cargs = c_strings(args);
    auto cenv = c_strings(envs);
    // plan ignores SIGPIPE and SIGXFSZ (cli/app.cpp); the child gets the
    // defaults back, as it would have from a shell.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGXFSZ);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
    pid_t pid = -1;
    int rc = posix_spawnp(&pid, cargs[0], &actions, &attr, cargs.data(), cenv.data());
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    error = rc;
    return rc == 0 ? pid : -1;
}

int wait_for(int pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessEnv& env) {
    ProcessResult r;
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) != 0) {
        r.spawn_error = errno;
        return r;
    }
    if (pipe2(err, O_CLOEXEC) != 0) {
        r.spawn_error = errno;
        close(out[0]);
        close(out[1]);
        return r;
    }
    int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int error = 0;
    int pid = spawn(argv, env, devnull, out[1], err[1], {}, error);
    close(out[1]);
    close(err[1]);
    if (devnull >= 0) close(devnull);
    if (pid < 0) {
        close(out[0]);
        close(err[0]);
        r.spawn_error = error;
        r.err = std::strerror(error);
        return r;
    }
    // Read both streams together so neither can fill up and stall the child.
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    std::string* sinks[2] = {&r.out, &r.err};
    int open_count = 2;
    char buf[65536];
    while (open_count > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                sinks[i]->append(buf, static_cast<std::size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_count;
            }
        }
    }
    r.exit_code = wait_for(pid);
    return r;
}

Pipe::Pipe(const std::vector<std::string>& argv, const ProcessEnv& env) {
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0) return;
    if (pipe2(out, O_CLOEXEC) != 0) {
        close(in[0]);
        close(in[1]);
        return;
    }
    int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    int error = 0;
    pid_ = spawn(argv, env, in[0], out[1], devnull, {}, error);
    close(in[0]);
    close(out[1]);
    if (devnull >= 0) close(devnull);
    to_child_ = in[1];
    from_child_ = out[0];
    // A child that dies must not kill us with SIGPIPE when we write to it
    // (cli/app.cpp ignores it already; a library caller may not).
    signal(SIGPIPE, SIG_IGN);
}

Pipe::~Pipe() {
    if (to_child_ >= 0) close(to_child_);
    if (from_child_ >= 0) close(from_child_);
    if (pid_ > 0) wait_for(pid_);
}

bool Pipe::write_all(const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        ssize_t n = write(to_child_, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool Pipe::fill() {
    if (start_ > 0 && start_ == buffer_.size()) {
        buffer_.clear();
        start_ = 0;
    }
    char buf[65536];
    for (;;) {
        ssize_t n = read(from_child_, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        buffer_.append(buf, static_cast<std::size_t>(n));
        return true;
    }
}

bool Pipe::read_line(std::string& line) {
    for (;;) {
        auto nl = buffer_.find('\n', start_);
        if (nl != std::string::npos) {
            line.assign(buffer_, start_, nl + 1 - start_);
            start_ = nl + 1;
            return true;
        }
        if (!fill()) return false;
    }
}

bool Pipe::read_exact(std::size_t n, std::string& out) {
    while (buffer_.size() - start_ < n)
        if (!fill()) return false;
    out.assign(buffer_, start_, n);
    start_ += n;
    if (start_ > (1u << 20) && start_ * 2 > buffer_.size()) {
        buffer_.erase(0, start_);
        start_ = 0;
    }
    return true;
}

}  // namespace plan
