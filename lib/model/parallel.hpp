#pragma once
// Sharing work out over threads. An exception on any thread (std::bad_alloc
// under a memory limit, above all) would end the process by std::terminate;
// here it is caught on its thread and thrown again on the caller's once all
// have finished, so that it is reported as it is when one thread does the
// work (cli/app.cpp: "out of memory", exit 3).
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace plan {

// Runs `work` on `threads` threads, this one among them. `work` takes its
// items from a shared counter, so fewer threads (when the system will not
// start more) still do all of it. Throws the first exception a thread threw.
template <class Work>
void run_on_threads(unsigned threads, Work&& work) {
    std::mutex mutex;
    std::exception_ptr first;
    auto guarded = [&]() noexcept {
        try {
            work();
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex);
            if (!first) first = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    try {
        pool.reserve(threads);
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(guarded);
    } catch (...) {
        // No more threads (EAGAIN, no memory for a stack): those started
        // and this one share the work.
    }
    guarded();
    for (auto& t : pool) t.join();
    if (first) std::rethrow_exception(first);
}

}  // namespace plan
