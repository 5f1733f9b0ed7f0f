// plan kpi import FILE.csv: a CSV export's figures, all or none.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "common.hpp"
#include "edit/kpi_import.hpp"
#include "model/terminal_safe.hpp"
#include "output/atomic_file.hpp"
#include "write_support.hpp"

namespace plan::cli {
namespace {

namespace fs = std::filesystem;

// Documented in docs/commands.md: a bigger export is refused before it is read.
constexpr std::uintmax_t kMaxCsvBytes = 64u << 20;
constexpr std::size_t kMaxCsvRows = 1000000;

struct ImportOptions {
    std::string repo;
    AsOf as_of;
    WriteOptions write;
    std::string csv, rules, encoding, reason;
    bool restate = false;
};

std::string read_whole(const std::string& path, const char* what) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IoError(fmt::format("cannot read the {} {}: {}", what, path, std::strerror(errno)));
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void say(const std::string& m) { std::cerr << "plan: " << terminal_safe(m) << '\n'; }

// No rules: a commented sample beside the CSV, never over a file that is there.
int write_sample_rules(const ImportOptions& o, const std::vector<std::string>& header) {
    fs::path csv(o.csv);
    fs::path sample = csv;
    sample.replace_extension(".rules");
    std::error_code ec;
    if (fs::exists(fs::symlink_status(sample, ec))) {
        say(fmt::format("no --rules given; {} is there already: if it is the rules for this export, run again with "
                        "--rules {}",
                        sample.string(), sample.string()));
        return kUsage;
    }
    int fd = ::open(sample.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) throw IoError(fmt::format("cannot create {}: {}", sample.string(), std::strerror(errno)));
    std::string text = sample_import_rules(csv.filename().string(), header);
    try {
        write_all(fd, text, sample.string());
    } catch (const OutputError& e) {
        ::close(fd);
        throw IoError(e.what());
    }
    ::close(fd);
    say(fmt::format("no --rules given: wrote a sample rules file, {}, saying which column of the export is the "
                    "KPI, the period and the value. Edit it to match the export, then run: plan kpi import {} "
                    "--rules {} --dry-run",
                    sample.string(), o.csv, sample.string()));
    return kUsage;
}

int report_problems(const ImportOptions& o, const std::vector<CsvProblem>& problems) {
    for (const auto& p : problems)
        std::cerr << fmt::format("{}:{}:{}: error: {} [csv-import]\n", terminal_safe(o.csv), p.place.row, p.place.column,
                                 terminal_safe(p.message));
    say(fmt::format("{} problem{} in {}; nothing was imported", problems.size(), problems.size() == 1 ? "" : "s",
                    o.csv));
    return kFindings;
}

int run_import(const ImportOptions& o) {
    if (o.restate != !o.reason.empty())
        throw UsageError("a restatement needs both --restate and --reason TEXT (why the figures changed)");
    std::optional<CsvEncoding> forced;
    if (o.encoding == "utf-8") forced = CsvEncoding::utf8;
    if (o.encoding == "windows-1252") forced = CsvEncoding::windows_1252;

    struct stat st {};
    if (::stat(o.csv.c_str(), &st) != 0) throw IoError(fmt::format("cannot read {}: {}", o.csv, std::strerror(errno)));
    if (!S_ISREG(st.st_mode)) throw IoError(fmt::format("{} is not a regular file", o.csv));
    if (static_cast<std::uintmax_t>(st.st_size) > kMaxCsvBytes) {
        say(fmt::format("{} is {} MiB; plan imports files of at most 64 MiB (and 1,000,000 rows): split the export",
                        o.csv, static_cast<std::uintmax_t>(st.st_size) >> 20));
        return kFindings;
    }
    CsvProblem problem;
    auto text = decode_csv(read_whole(o.csv, "CSV file"), forced, problem);
    if (!text) return report_problems(o, {problem});
    say(fmt::format("read {} as {}{}", o.csv, text->encoding == CsvEncoding::utf8 ? "UTF-8" : "Windows-1252",
                    o.encoding.empty() ? (text->encoding == CsvEncoding::utf8
                                              ? (text->had_bom ? " (it starts with a UTF-8 byte order mark)"
                                                               : " (it is valid UTF-8)")
                                              : " (it is not valid UTF-8); use --encoding to say otherwise")
                                       : ""));

    if (o.rules.empty()) {
        auto rows = read_csv(text->text, ',', kMaxCsvRows, problem);
        std::vector<std::string> header = rows && !rows->empty() ? rows->front().cells : std::vector<std::string>{};
        return write_sample_rules(o, header);
    }
    RulesProblem rp;
    auto rules = read_import_rules(read_whole(o.rules, "rules file"), rp);
    if (!rules) {
        std::cerr << fmt::format("{}:{}:1: error: {} [csv-import]\n", terminal_safe(o.rules), std::max(rp.line, 1u),
                                 terminal_safe(rp.message));
        return kUsage;
    }
    auto rows = read_csv(text->text, rules->separator, kMaxCsvRows, problem);
    if (!rows) return report_problems(o, {problem});

    Date as_of = o.as_of.resolve();
    RepoLocation where = locate_repository(o.repo);
    ImportOutcome outcome;
    int code = run_write(where, as_of, o.write, "KPI figures from " + fs::path(o.csv).filename().string(),
                         [&](PlanEditor& editor) {
                             outcome = import_rows(editor, *rows, *rules, o.reason);
                             if (!outcome.problems.empty()) throw EditError("");
                         });
    if (!outcome.problems.empty()) return report_problems(o, outcome.problems);
    for (const auto& [id, t] : outcome.tally)
        std::cerr << fmt::format("  {}: {} added, {} already there, {} restated\n", terminal_safe(id), t.added,
                                 t.skipped, t.restated);
    return code;
}

}  // namespace

std::function<int()> add_kpi_import(CLI::App& kpi) {
    auto o = std::make_shared<ImportOptions>();
    auto* cmd = kpi.add_subcommand("import", "Add the figures of a CSV export, as a rules file maps its columns");
    cmd->add_option("FILE", o->csv, "The CSV export")->required();
    cmd->add_option("--rules", o->rules, "The rules file (without one, a sample is written beside the CSV)");
    cmd->add_option("--encoding", o->encoding, "utf-8 or windows-1252 (default: UTF-8 if it is valid, else Windows-1252)")
        ->check(CLI::IsMember({"utf-8", "windows-1252"}));
    cmd->add_flag("--restate", o->restate, "Replace different figures already there (needs --reason)");
    cmd->add_option("--reason", o->reason, "Why the figures are restated; kept in the plan with the old figures");
    cmd->add_option("--repo", o->repo, "The plan repository (default: the nearest folder upwards holding plan.yaml)");
    add_as_of_option(*cmd, o->as_of);
    add_write_options(*cmd, o->write);
    return [o]() { return run_import(*o); };
}

}  // namespace plan::cli
