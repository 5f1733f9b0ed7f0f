#pragma once
// What `plan changes` and the report's "changes since the last meeting"
// section read from history: two states of the plan compared, and slippage.
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "query/changes.hpp"

namespace plan {

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

// The history of the plan in `plan_root`. Throws HistoryError (not a
// repository, shallow clone, bad revision) and RequestError (an unknown
// meeting, no --since and no meeting date to start from).
HistoryResult read_history(const std::string& plan_root, Date as_of, const HistoryRequest& request);

}  // namespace plan
