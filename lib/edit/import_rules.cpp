#include "edit/import_rules.hpp"

#include <fmt/format.h>

#include <cctype>
#include <regex>
#include <sstream>

namespace plan {

namespace {

const char* kFieldNames[] = {"kpi", "period", "value", "numerator", "denominator", "note"};

std::string trim(std::string s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    return s.substr(b);
}

int month_number(std::string name) {
    static const char* months[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (int i = 0; i < 12; ++i) {
        std::string full = months[i];
        if (name == full || (name.size() == 3 && full.compare(0, 3, name) == 0) || (name == "sept" && i == 8))
            return i + 1;
    }
    return 0;
}

// A month written in a format, as the plan writes it ("2018-04").
std::string month_text(int year, int month) { return fmt::format("{:04}-{:02}", year, month); }

bool match(const std::string& s, std::smatch& m, const char* pattern) {
    // Compiled once each: an import reads every row's period.
    static std::map<const char*, std::regex> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end()) it = compiled.emplace(pattern, std::regex(pattern)).first;
    return std::regex_match(s, m, it->second);
}

std::optional<std::string> try_format(const std::string& f, const std::string& s) {
    std::smatch m;
    auto is = [&](const char* re) { return match(s, m, re); };
    if (f == "YYYY-MM" && is(R"((\d{4})-(\d{1,2}))")) return month_text(std::stoi(m[1]), std::stoi(m[2]));
    if (f == "MM/YYYY" && is(R"((\d{1,2})/(\d{4}))")) return month_text(std::stoi(m[2]), std::stoi(m[1]));
    if (f == "Mon-YY" && is(R"(([A-Za-z]{3,9})[- ](\d{2}))") && month_number(m[1]))
        return month_text(2000 + std::stoi(m[2]), month_number(m[1]));
    if (f == "Month YYYY" && is(R"(([A-Za-z]{3,9})[ -](\d{4}))") && month_number(m[1]))
        return month_text(std::stoi(m[2]), month_number(m[1]));
    if (f == "YYYY/YY Qn" && is(R"((\d{4})/(\d{2}) ?[Qq]([1-4]))"))
        return fmt::format("{}/{} Q{}", m[1].str(), m[2].str(), m[3].str());
    if (f == "Qn YYYY/YY" && is(R"([Qq]([1-4]) (\d{4})/(\d{2}))"))
        return fmt::format("{}/{} Q{}", m[2].str(), m[3].str(), m[1].str());
    if (f == "YYYY/YY" && is(R"((\d{4})/(\d{2}))")) return s;
    if (f == "YYYY" && is(R"(\d{4})")) return s;
    if (f == "YYYY-MM-DD" && is(R"(\d{4}-\d{2}-\d{2})")) return s;
    if (f == "DD/MM/YYYY" && is(R"((\d{1,2})/(\d{1,2})/(\d{4}))")) {
        int d = std::stoi(m[1]), mo = std::stoi(m[2]), y = std::stoi(m[3]);
        if (mo < 1 || mo > 12 || d != days_in_month(y, mo)) return std::string("!last-day");
        return month_text(y, mo);
    }
    return std::nullopt;
}

}  // namespace

const std::vector<std::string>& period_format_names() {
    static const std::vector<std::string> names{"YYYY-MM",    "MM/YYYY", "Mon-YY", "Month YYYY", "YYYY/YY Qn",
                                                "Qn YYYY/YY", "YYYY/YY", "YYYY",   "YYYY-MM-DD", "DD/MM/YYYY"};
    return names;
}

Parsed<Period> read_period_cell(const std::string& cell, const std::vector<std::string>& formats) {
    std::string s = trim(cell);
    // No period is longer; and std::regex must never see long text (it
    // recurses per character and would overflow a small stack).
    if (s.size() > 24) return {std::nullopt, fmt::format("'{}...' is too long to be a period", s.substr(0, 24))};
    const auto& list = formats.empty() ? period_format_names() : formats;
    for (const auto& f : list) {
        auto text = try_format(f, s);
        if (!text) continue;
        if (*text == "!last-day")
            return {std::nullopt, fmt::format("'{}' is a day that is not the last of its month; a DD/MM/YYYY period "
                                              "names a month by its last day",
                                              s)};
        auto p = parse_period(*text);
        if (p.value) return p;
        return {std::nullopt, fmt::format("'{}' is not a period: {}", s, p.error)};
    }
    std::string names;
    for (const auto& f : list) names += (names.empty() ? "" : ", ") + f;
    return {std::nullopt, fmt::format("'{}' is not a period in the format{} {}{}", s, list.size() == 1 ? "" : "s", names,
                                      formats.empty() ? "" : "; add a period-format line to the rules")};
}

std::optional<ImportRules> read_import_rules(const std::string& text, RulesProblem& problem) {
    ImportRules r;
    std::istringstream in(text);
    std::string raw;
    std::uint32_t line = 0;
    auto fail = [&](std::string message) {
        problem = {line, std::move(message)};
        return std::nullopt;
    };
    while (std::getline(in, raw)) {
        ++line;
        std::string l = trim(raw);
        if (l.empty() || l[0] == '#' || l[0] == ';') continue;
        std::size_t sp = l.find_first_of(" \t");
        std::string word = l.substr(0, sp), rest = sp == std::string::npos ? "" : trim(l.substr(sp));
        if (word == "skip") {
            if (rest.empty() || rest.find_first_not_of("0123456789") != std::string::npos || rest.size() > 6)
                return fail("skip takes a number of rows, e.g. skip 1");
            r.skip = std::stoul(rest);
        } else if (word == "separator") {
            if (rest == "TAB" || rest == "\\t") r.separator = '\t';
            else if (rest == "," || rest == ";" || rest == "|") r.separator = rest[0];
            else return fail("separator is one of , ; | TAB");
        } else if (word == "fields") {
            std::stringstream names(rest);
            std::string name;
            std::size_t col = 0;
            while (std::getline(names, name, ',')) {
                name = trim(name);
                bool known = name == "_" || name.empty();
                for (const char* f : kFieldNames) known = known || name == f;
                if (!known) return fail(fmt::format("'{}' is not a field; the fields are kpi, period, value, "
                                                    "numerator, denominator, note, or _ for a column not used",
                                                    name));
                if (name != "_" && !name.empty()) {
                    if (r.columns.count(name)) return fail(fmt::format("'{}' is named twice in fields", name));
                    r.columns[name] = col;
                }
                ++col;
            }
        } else if (word == "period-format") {
            bool known = false;
            for (const auto& f : period_format_names()) known = known || f == rest;
            if (!known) {
                std::string names;
                for (const auto& f : period_format_names()) names += (names.empty() ? "" : ", ") + f;
                return fail(fmt::format("'{}' is not a period format; write one of {}", rest, names));
            }
            r.period_formats.push_back(rest);
        } else if (word == "decimal-mark") {
            if (rest != "." && rest != ",") return fail("decimal-mark is . or ,");
            r.decimal_mark = rest[0];
        } else if (word == "thousands-separator") {
            if (rest == "none") r.thousands = 0;
            else if (rest == "space") r.thousands = ' ';
            else if (rest == "," || rest == ".") r.thousands = rest[0];
            else return fail("thousands-separator is , . space or none");
        } else if (word == "map") {
            std::size_t close = rest.size() > 1 && rest[0] == '"' ? rest.find('"', 1) : std::string::npos;
            std::string id = close == std::string::npos ? "" : trim(rest.substr(close + 1));
            if (id.empty() || id.find_first_of(" \t") != std::string::npos)
                return fail("map takes a name in double quotes and a KPI id: map \"Re-referrals %\" repeat-referrals");
            r.names[rest.substr(1, close - 1)] = id;
        } else if (word == "kpi") {
            if (rest.empty()) return fail("kpi takes a KPI id: kpi repeat-referrals");
            r.kpi = rest;
        } else {
            return fail(fmt::format("'{}' is not a rules directive; the directives are skip, separator, fields, "
                                    "period-format, decimal-mark, thousands-separator, map and kpi",
                                    word));
        }
    }
    if (!r.columns.count("period")) return fail("the rules need a fields line naming the period column");
    if (!r.columns.count("value") && !(r.columns.count("numerator") && r.columns.count("denominator")))
        return fail("the rules need a fields line naming the value column (or numerator and denominator)");
    if (!r.columns.count("kpi") && r.kpi.empty())
        return fail("the rules need a kpi column in fields, or a kpi line naming the one KPI of every row");
    return r;
}

std::string sample_import_rules(const std::string& csv_name, const std::vector<std::string>& header) {
    std::string cols;
    for (const auto& h : header) cols += (cols.empty() ? "" : " | ") + h.substr(0, 80);
    // A header cell is the export's text: a line break in it must not start
    // a directive in the sample.
    for (auto& c : cols)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return fmt::format(
        "# Rules for reading {} with plan kpi import (see docs/updating.md).\n"
        "# Lines starting with # are comments. Edit the lines below to match the export,\n"
        "# then run: plan kpi import {} --rules THIS-FILE --dry-run\n"
        "#\n"
        "# The export's first row reads: {}\n"
        "\n"
        "# Rows to pass over at the top (the header row).\n"
        "skip 1\n"
        "\n"
        "# The character between cells: , ; | or TAB.\n"
        "separator ,\n"
        "\n"
        "# What each column holds, in order: kpi, period, value, numerator,\n"
        "# denominator, note, or _ for a column not used.\n"
        "fields kpi, period, value\n"
        "\n"
        "# How periods are written: YYYY-MM, MM/YYYY, Mon-YY, Month YYYY, YYYY/YY Qn,\n"
        "# Qn YYYY/YY, YYYY/YY, YYYY, YYYY-MM-DD, DD/MM/YYYY (a month's last day).\n"
        "# Leave these out to try every format in turn.\n"
        "# period-format Mon-YY\n"
        "\n"
        "# Numbers: the decimal mark and the thousands separator (a trailing % is dropped).\n"
        "decimal-mark .\n"
        "thousands-separator none\n"
        "\n"
        "# The export's names for KPIs, and the KPI id each one is in the plan.\n"
        "# map \"Re-referrals within 12 months %\" repeat-referrals\n",
        csv_name, csv_name, cols.empty() ? "(empty)" : cols);
}

}  // namespace plan
