#pragma once
// What every write command (update, kpi add, kpi import) shares: --dry-run,
// --commit and --strict, the lock, the re-check, the refusal with findings,
// and the atomic write of only the files the change names.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "common.hpp"
#include "edit/plan_edit.hpp"

namespace plan::cli {

struct WriteOptions {
    bool dry_run = false;
    bool commit = false;
    bool strict = false;
};
void add_write_options(CLI::App& cmd, WriteOptions& o);

// Takes the lock, reads and checks the plan, lets `make` add its edits
// (it throws EditError to refuse), re-checks, then prints the diff
// (--dry-run) or writes and, with --commit, commits. `subject` starts the
// commit message ("PP-5"). Returns the exit code.
int run_write(const RepoLocation& where, Date as_of, const WriteOptions& o, const std::string& subject,
              const std::function<void(PlanEditor&)>& make);

}  // namespace plan::cli
