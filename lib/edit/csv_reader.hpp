#pragma once
// Reading a CSV export (RFC 4180): quoted cells, doubled quotes, line breaks
// inside quotes, CRLF or LF. Excel writes UTF-8 with a byte order mark or
// Windows-1252; both are read, and the text is UTF-8 afterwards.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plan {

// A place in the CSV: the line a row starts on (1-based) and the cell's
// column (1-based).
struct CsvPlace {
    std::uint32_t row = 0, column = 0;
};

struct CsvProblem {
    CsvPlace place;
    std::string message;
};

struct CsvRow {
    std::uint32_t line = 0;          // where the row starts
    std::vector<std::string> cells;  // cell i is column i + 1
};

enum class CsvEncoding { utf8, windows_1252 };

struct CsvText {
    std::string text;  // UTF-8, without a byte order mark
    CsvEncoding encoding = CsvEncoding::utf8;
    bool had_bom = false;
};

// Bytes to UTF-8. `forced` empty: UTF-8 when the bytes are valid UTF-8 (or
// start with its byte order mark), else Windows-1252. A NUL byte, or a byte
// Windows-1252 leaves undefined, is a problem with its place.
std::optional<CsvText> decode_csv(const std::string& bytes, std::optional<CsvEncoding> forced, CsvProblem& problem);

// Rows of `text`; a quote left open is a problem. Empty lines are skipped.
std::optional<std::vector<CsvRow>> read_csv(const std::string& text, char separator, std::size_t max_rows,
                                            CsvProblem& problem);

}  // namespace plan
