#pragma once
// Running a program with an argument vector (never a shell) and capturing
// what it prints; and a long-lived child for request/response streams such
// as `git cat-file --batch`.
#include <string>
#include <vector>

namespace plan {

struct ProcessResult {
    int exit_code = -1;  // -1 when the program could not be started
    int spawn_error = 0;  // then why (ENOENT: not installed; E2BIG: arguments too long)
    std::string out, err;
};

// `env` entries ("NAME=value") are added to, or replace, the inherited ones;
// names listed in `unset`, and every name starting with one of
// `unset_prefixes`, are removed.
struct ProcessEnv {
    std::vector<std::string> set;
    std::vector<std::string> unset;
    std::vector<std::string> unset_prefixes;
};

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessEnv& env = {});

// A child with its stdin and stdout connected to us.
class Pipe {
public:
    Pipe(const std::vector<std::string>& argv, const ProcessEnv& env = {});
    ~Pipe();
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;

    bool ok() const { return pid_ > 0; }
    bool write_all(const std::string& data);
    // Reads up to and including '\n'; false at end of stream.
    bool read_line(std::string& line);
    // Reads exactly n bytes; false at end of stream.
    bool read_exact(std::size_t n, std::string& out);

private:
    bool fill();
    int pid_ = -1;
    int to_child_ = -1, from_child_ = -1;
    std::string buffer_;
    std::size_t start_ = 0;
};

}  // namespace plan
