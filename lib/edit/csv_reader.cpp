#include "edit/csv_reader.hpp"

#include <fmt/format.h>

namespace plan {

namespace {

// Windows-1252 bytes 0x80-0x9F (0 where the code page defines none); the
// rest of 0xA0-0xFF are Latin-1, the same code points.
const char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void put_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t first_invalid_utf8(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return i;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < n; ++k) {
            auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc >> 6) != 2) return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n;
    }
    return std::string::npos;
}

// The row (line) and column (cell) of byte `at`, for a problem found before
// the cells are read: counted roughly, by separators and line breaks outside quotes.
CsvPlace place_of(const std::string& s, std::size_t at) {
    CsvPlace p{1, 1};
    bool quoted = false;
    for (std::size_t i = 0; i < at && i < s.size(); ++i) {
        if (s[i] == '"') quoted = !quoted;
        else if (!quoted && s[i] == '\n') p = {p.row + 1, 1};
        else if (!quoted && (s[i] == ',' || s[i] == ';' || s[i] == '\t')) ++p.column;
    }
    return p;
}

}  // namespace

std::optional<CsvText> decode_csv(const std::string& bytes, std::optional<CsvEncoding> forced, CsvProblem& problem) {
    std::size_t nul = bytes.find('\0');
    if (nul != std::string::npos) {
        problem = {place_of(bytes, nul), fmt::format("a NUL byte (at byte {}): this is not a text CSV file; export it "
                                                     "again as CSV",
                                                     nul + 1)};
        return std::nullopt;
    }
    CsvText out;
    std::string body = bytes;
    if (body.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        body.erase(0, 3);
        out.had_bom = true;
    }
    CsvEncoding enc = forced ? *forced : (out.had_bom || first_invalid_utf8(body) == std::string::npos) ? CsvEncoding::utf8 : CsvEncoding::windows_1252;
    out.encoding = enc;
    if (enc == CsvEncoding::utf8) {
        std::size_t bad = first_invalid_utf8(body);
        if (bad != std::string::npos) {
            problem = {place_of(body, bad), "this file is not valid UTF-8; if Excel saved it as 'CSV (Comma "
                                            "delimited)', read it with --encoding windows-1252"};
            return std::nullopt;
        }
        out.text = std::move(body);
        return out;
    }
    out.text.reserve(body.size() + body.size() / 8);
    for (std::size_t i = 0; i < body.size(); ++i) {
        auto c = static_cast<unsigned char>(body[i]);
        if (c < 0x80) {
            out.text += static_cast<char>(c);
        } else if (c < 0xA0) {
            char16_t u = kCp1252High[c - 0x80];
            if (!u) {
                problem = {place_of(body, i), fmt::format("byte 0x{:02X} is not a character in Windows-1252; is the "
                                                          "file in another encoding? Save it as CSV UTF-8",
                                                          c)};
                return std::nullopt;
            }
            put_utf8(out.text, u);
        } else {
            put_utf8(out.text, c);
        }
    }
    return out;
}

std::optional<std::vector<CsvRow>> read_csv(const std::string& s, char sep, std::size_t max_rows, CsvProblem& problem) {
    std::vector<CsvRow> rows;
    std::uint32_t line = 1;
    std::size_t i = 0;
    while (i < s.size()) {
        CsvRow row;
        row.line = line;
        std::string cell;
        bool row_done = false;
        while (!row_done) {
            cell.clear();
            auto column = static_cast<std::uint32_t>(row.cells.size() + 1);
            if (i < s.size() && s[i] == '"') {
                std::uint32_t start_line = line;
                ++i;
                for (;;) {
                    if (i >= s.size()) {
                        problem = {{start_line, column}, "a quoted cell is not closed: its closing double quote (\") "
                                                         "is missing"};
                        return std::nullopt;
                    }
                    if (s[i] == '"') {
                        if (i + 1 < s.size() && s[i + 1] == '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (s[i] == '\n') ++line;
                    cell += s[i++];
                }
                if (i < s.size() && s[i] != sep && s[i] != '\n' && s[i] != '\r') {
                    problem = {{row.line, column}, "text follows the closing quote of a quoted cell; write a quote "
                                                   "inside a quoted cell as two (\"\")"};
                    return std::nullopt;
                }
            } else {
                while (i < s.size() && s[i] != sep && s[i] != '\n' && s[i] != '\r') cell += s[i++];
            }
            row.cells.push_back(cell);
            if (i < s.size() && s[i] == sep) {
                ++i;
                continue;
            }
            if (i < s.size() && s[i] == '\r') ++i;
            if (i < s.size() && s[i] == '\n') ++i;
            ++line;
            row_done = true;
        }
        bool empty = row.cells.size() == 1 && row.cells[0].empty();
        if (!empty) rows.push_back(std::move(row));
        if (rows.size() > max_rows) {
            problem = {{line, 1}, fmt::format("more than {} rows, the most plan imports at once; split the file",
                                               max_rows)};
            return std::nullopt;
        }
    }
    return rows;
}

}  // namespace plan
