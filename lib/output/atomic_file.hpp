#pragma once
// Writing a finished document so that readers never see half of it: the
// bytes go to a temporary file beside the target, are flushed to disk, and
// replace the target in one rename. On any failure, and on SIGINT, SIGTERM
// or SIGHUP (temp_registry.hpp), the temporary file is removed and an
// existing target is left exactly as it was.
//
// Only a regular file (or nothing, or a symbolic link to either) is ever
// replaced. A character device or a named pipe (/dev/null, a terminal, a
// FIFO another program reads), reached directly or through a link, is
// written to as it is; a name for one of plan's own descriptors
// (/dev/stdout, /dev/fd/N, /proc/self/fd/N) writes to that descriptor.
// Anything else (a block device, a socket) is refused.
#include <stdexcept>
#include <string>
#include <string_view>

namespace plan {

// A write that failed, saying which path and why ("No space left on device");
// `error` is the errno behind it (EPIPE for a closed pipe), or 0.
struct OutputError : std::runtime_error {
    OutputError(const std::string& what, int err = 0) : std::runtime_error(what), error(err) {}
    int error;
};

// The document to `path`, replacing a regular file atomically or writing
// to a device, pipe or descriptor as described above. Throws OutputError.
void write_output(const std::string& path, std::string_view content);

// Always the temporary file and rename (a regular file, or none yet, at `path`).
void write_file_atomically(const std::string& path, std::string_view content);

// `content` added to the end of `path` (created when missing), as a CI step
// summary is written. Opened without blocking: a named pipe nobody reads is
// an error, not a hang. A folder, block device or socket is refused. Throws
// OutputError.
void append_to_file(const std::string& path, std::string_view content);

// All of `content` to an open descriptor (standard output), retrying short
// writes and interruptions. Throws OutputError naming `what`.
void write_all(int fd, std::string_view content, const std::string& what);

// True when `fd` is a pipe or socket whose reader has gone (`plan ... | head`
// after head exits): what is left unwritten was not wanted.
bool reader_has_gone(int fd);

}  // namespace plan
