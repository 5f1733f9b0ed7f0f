// run_on_threads: an exception on a worker thread reaches the caller.
#include <doctest/doctest.h>

#include <atomic>
#include <new>
#include <stdexcept>
#include <thread>

#include "model/parallel.hpp"

using namespace plan;

TEST_CASE("a bad_alloc on a worker thread is thrown on the caller's, after every thread has finished") {
    const auto caller = std::this_thread::get_id();
    std::atomic<int> done{0};
    auto work = [&] {
        if (std::this_thread::get_id() != caller) throw std::bad_alloc();
        ++done;
    };
    CHECK_THROWS_AS(run_on_threads(3, work), std::bad_alloc);
    CHECK(done == 1);  // the caller's share ran to its end
}

TEST_CASE("the first exception wins; work without one runs on every thread") {
    CHECK_THROWS_AS(run_on_threads(2, [] { throw std::runtime_error("x"); }), std::runtime_error);
    std::atomic<int> runs{0};
    run_on_threads(4, [&] { ++runs; });
    CHECK(runs == 4);
}
