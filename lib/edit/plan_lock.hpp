#pragma once
// The plan's write lock, `.plan.lock` at its root, taken as git takes
// index.lock: created with O_CREAT|O_EXCL, holding the pid and the time, and
// removed when the write is done. Two officers writing at once take turns;
// neither loses the other's change.
#include <stdexcept>
#include <string>

namespace plan {

struct LockError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class PlanLock {
public:
    // Waits up to `wait_ms` for a lock another write holds, then throws
    // LockError naming the lock, its age and pid, and how to remove a stale one.
    // `shown_as` names the lock in messages (relative to where the user is).
    PlanLock(const std::string& root, const std::string& shown_as, int wait_ms = 5000);
    ~PlanLock();
    PlanLock(const PlanLock&) = delete;
    PlanLock& operator=(const PlanLock&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace plan
