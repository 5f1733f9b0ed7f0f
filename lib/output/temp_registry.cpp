#include "output/temp_registry.hpp"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace plan {
namespace {

// plan writes one file at a time; a few fixed slots leave room to spare
// without allocating, which the signal handler could not do safely.
constexpr int kSlots = 4;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

char g_paths[kSlots][PATH_MAX];
volatile sig_atomic_t g_used[kSlots];

// Only async-signal-safe calls: unlink and raise.
void remove_and_reraise(int sig) {
    for (int i = 0; i < kSlots; ++i)
        if (g_used[i]) ::unlink(g_paths[i]);
    // SA_RESETHAND has restored the default action. The signal is in the
    // handler's mask, so it stays pending until the handler returns, and is
    // then delivered with that default: the process ends as the signal would
    // have ended it.
    ::raise(sig);
}

// Blocks the signals while it lives, so the handler sees the registry either
// before or after a change, never during one. (Outputs are written from the
// main thread, after any worker threads have finished.)
class SignalsBlocked {
public:
    SignalsBlocked() {
        sigset_t set;
        sigemptyset(&set);
        for (int s : kSignals) sigaddset(&set, s);
        pthread_sigmask(SIG_BLOCK, &set, &old_);
    }
    ~SignalsBlocked() {
        int saved = errno;  // the caller reports the errno of its own call
        pthread_sigmask(SIG_SETMASK, &old_, nullptr);
        errno = saved;
    }
    SignalsBlocked(const SignalsBlocked&) = delete;
    SignalsBlocked& operator=(const SignalsBlocked&) = delete;

private:
    sigset_t old_;
};

// Once, with the signals blocked. A signal that is ignored (nohup, a
// background job) or already handled by someone else is left as it is.
void install_handlers() {
    static bool installed = false;
    if (installed) return;
    installed = true;
    for (int s : kSignals) {
        struct sigaction old {};
        if (sigaction(s, nullptr, &old) != 0 || (old.sa_flags & SA_SIGINFO) || old.sa_handler != SIG_DFL) continue;
        struct sigaction sa {};
        sa.sa_handler = remove_and_reraise;
        sigemptyset(&sa.sa_mask);
        for (int other : kSignals) sigaddset(&sa.sa_mask, other);
        sa.sa_flags = SA_RESETHAND | SA_NODEFER;
        sigaction(s, &sa, nullptr);
    }
}

void forget(const char* temp) {
    for (int i = 0; i < kSlots; ++i)
        if (g_used[i] && std::strcmp(g_paths[i], temp) == 0) g_used[i] = 0;
}

}  // namespace

int create_registered_temp(char* name_template) {
    SignalsBlocked blocked;
    install_handlers();
    int slot = 0;
    while (slot < kSlots && g_used[slot]) ++slot;
    std::size_t size = std::strlen(name_template) + 1;
    if (slot == kSlots || size > PATH_MAX) {
        errno = slot == kSlots ? EMFILE : ENAMETOOLONG;
        return -1;
    }
    int fd = ::mkstemp(name_template);
    if (fd < 0) return -1;
    std::memcpy(g_paths[slot], name_template, size);
    g_used[slot] = 1;
    return fd;
}

int rename_registered_temp(const char* temp, const char* target) {
    SignalsBlocked blocked;
    int r = std::rename(temp, target);
    if (r == 0) forget(temp);
    return r;
}

void remove_registered_temp(const char* temp) {
    SignalsBlocked blocked;
    ::unlink(temp);
    forget(temp);
}

}  // namespace plan
