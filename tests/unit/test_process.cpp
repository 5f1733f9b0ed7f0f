// run_process reports why a program could not be started: the error
// posix_spawnp returns (it does not set errno).
#include <doctest/doctest.h>

#include <cerrno>
#include <string>

#include "history/process.hpp"

using namespace plan;

TEST_CASE("run_process: a program that is not there is ENOENT") {
    ProcessResult r = run_process({"plan-test-no-such-program-anywhere"});
    CHECK(r.exit_code == -1);
    CHECK(r.spawn_error == ENOENT);
}

TEST_CASE("run_process: an argument longer than the system allows is E2BIG") {
    ProcessResult r = run_process({"true", std::string(256 * 1024, 'a')});
    CHECK(r.exit_code == -1);
    CHECK(r.spawn_error == E2BIG);
}

TEST_CASE("run_process: a program that runs has no spawn error") {
    ProcessResult r = run_process({"sh", "-c", "printf ok"});
    CHECK(r.exit_code == 0);
    CHECK(r.spawn_error == 0);
    CHECK(r.out == "ok");
}
