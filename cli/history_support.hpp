#pragma once
// What `plan changes` and the report's "changes since the last meeting"
// section need from history: two states of the plan compared, and slippage.
#include <optional>
#include <string>
#include <vector>

#include "common.hpp"
#include "query/changes.hpp"

namespace plan::cli {

struct HistoryRequest {
    std::string since;     // a revision or YYYY-MM-DD; empty: from `meeting`
    std::string until;     // a revision or YYYY-MM-DD; empty: the newest state
    std::string meeting;   // since = this meeting's previous date before `paper_date`
    std::optional<Date> paper_date;
    bool changes = true;
    bool slippage = false;
};

struct HistoryResult {
    std::optional<ChangeSet> changes;
    std::optional<std::vector<Slippage>> slippage;
};

// Throws HistoryError (not a repository, shallow clone, bad revision) and
// UsageError (no --since and no meeting date to start from).
HistoryResult read_history(const RepoLocation& where, Date as_of, const HistoryRequest& request);

// The paper's date for a meeting: `date` when given, else the meeting's next
// listed date on or after `as_of`.
std::optional<Date> paper_date_for(const Repository& repo, const std::string& meeting, const std::string& date, Date as_of);

}  // namespace plan::cli
