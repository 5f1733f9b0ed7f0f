#pragma once
// Writing what changed between two states of a plan, and slippage over its
// history, one function per output format.
#include <ostream>
#include <vector>

#include "query/changes.hpp"
#include "render/status/views.hpp"
#include "render/common/formats.hpp"

namespace plan {

struct ChangesReport {
    const ChangeSet* changes = nullptr;          // may be null (slippage only)
    const std::vector<Slippage>* slippage = nullptr;  // may be null
    // false: leave out exempt actions and notes; true: show them, marked. The
    // caller passes history already without exempt items when false.
    bool include_exempt = false;
};

void write_changes_text(std::ostream& out, const ChangesReport& r, const TerminalStyle& style);
// `level` is the heading level of the section ("##" = 2).
void write_changes_markdown(std::ostream& out, const ChangesReport& r, int level = 2);
void write_changes_json(std::ostream& out, const ChangesReport& r);

// Only the actions that slipped at least once, most days first.
std::vector<const Slippage*> slipped_actions(const std::vector<Slippage>& all, bool include_exempt);

struct ChangesOutput {
    const ChangesReport& report;
    TerminalStyle style;
};
// The formats of `plan changes`; the first is the default.
const FormatTable<ChangesOutput>& changes_formats();

}  // namespace plan
