#pragma once
// Writing a finished document so that readers never see half of it: the
// bytes go to a temporary file beside the target, are flushed to disk, and
// replace the target in one rename. On any failure, and on SIGINT, SIGTERM
// or SIGHUP (temp_registry.hpp), the temporary file is removed and an
// existing target is left exactly as it was.
#include <stdexcept>
#include <string>
#include <string_view>

namespace plan {

// A write that failed, saying which path and why ("No space left on device").
struct OutputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Throws OutputError.
void write_file_atomically(const std::string& path, std::string_view content);

// All of `content` to an open descriptor (standard output), retrying short
// writes and interruptions. Throws OutputError naming `what`.
void write_all(int fd, std::string_view content, const std::string& what);

}  // namespace plan
