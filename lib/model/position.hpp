#pragma once
// A place in a source file. Every value that a diagnostic may point at keeps one.
#include <cstdint>

namespace plan {

struct Pos {
    std::uint32_t file = 0;  // index into Repository::files
    std::uint32_t line = 0;  // 1-based; 0 means "the file as a whole"
    std::uint32_t col = 0;   // 1-based, in bytes
};

inline bool operator<(const Pos& a, const Pos& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    return a.col < b.col;
}

// A value read from a file with the place it came from; `set` is false when
// the field was absent or could not be read as T (the schema check says why).
template <class T>
struct Field {
    T value{};
    Pos pos{};
    bool set = false;
    explicit operator bool() const { return set; }
    const T& operator*() const { return value; }
    const T* operator->() const { return &value; }
};

}  // namespace plan
