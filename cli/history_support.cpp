#include "history_support.hpp"

#include <fmt/format.h>

#include "history/revisions.hpp"
#include "history/slippage.hpp"
#include "query/calendar.hpp"
#include "model/terminal_safe.hpp"

namespace plan::cli {

std::optional<Date> paper_date_for(const Repository& repo, const std::string& meeting, const std::string& date, Date as_of) {
    if (!date.empty()) {
        auto d = parse_date(date);
        if (!d.value) throw UsageError("--date: " + terminal_safe(d.error));
        return d.value;
    }
    if (meeting.empty()) return std::nullopt;
    const Meeting* m = find_meeting(repo, meeting);
    if (!m) {
        std::string ids;
        for (const auto& x : repo.meetings)
            if (x.id) ids += (ids.empty() ? "" : ", ") + *x.id;
        throw UsageError(fmt::format("--meeting: no meeting '{}' in plan.yaml; the meetings are: {}", terminal_safe(meeting),
                                     ids.empty() ? "none" : ids));
    }
    return next_meeting(*m, as_of);
}

HistoryResult read_history(const RepoLocation& where, Date as_of, const HistoryRequest& request) {
    HistoryResult result;
    GitRepo git(where.root);
    std::string note;
    PlanState until = request.until.empty() ? newest_state(git, as_of, note) : state_at(git, request.until);
    CheckedRepository after = check_repository(until.files, until.side.as_of);

    if (request.changes) {
        std::string since_text = request.since;
        std::string since_label;
        if (since_text.empty()) {
            if (request.meeting.empty())
                throw UsageError("say where the changes start: --since REV|DATE, or --meeting ID for the meeting before "
                                 "the paper's date");
            std::optional<Date> paper = request.paper_date;
            if (!paper) paper = paper_date_for(after.repo, request.meeting, "", as_of);
            const Meeting* m = find_meeting(after.repo, request.meeting);
            std::string meeting = terminal_safe(request.meeting);
            if (!paper || !m)
                throw UsageError(fmt::format("--meeting {}: no date for the paper; give --date YYYY-MM-DD", meeting));
            auto previous = previous_meeting(*m, *paper);
            if (!previous)
                throw UsageError(fmt::format("--meeting {}: plan.yaml lists no {} meeting before {}; give --since", meeting,
                                             meeting, paper->long_form()));
            since_text = previous->iso();
            since_label = fmt::format("the {} of {}", m->title.empty() ? request.meeting : m->title, previous->long_form());
        }
        PlanState since = state_at(git, since_text);
        if (!since_label.empty()) {
            since.side.label = fmt::format("{} ({})", since_label, since.commit_note);
            since.side.paper_label = since_label;
        }
        CheckedRepository before = check_repository(since.files, since.side.as_of);
        ChangeSet changes = diff_plans(before.repo, since.side.as_of, after.repo, until.side.as_of);
        changes.since = since.side;
        changes.until = until.side;
        if (!note.empty()) changes.notes.push_back(note);
        if (before.has_errors())
            changes.notes.push_back(fmt::format("the plan at {} did not validate; changes may be incomplete", since.side.label));
        if (after.has_errors())
            changes.notes.push_back(fmt::format("the plan at {} does not validate; changes may be incomplete", until.side.label));
        result.changes = std::move(changes);
    }
    if (request.slippage) {
        std::string head = until.side.revision.empty() ? git.resolve("HEAD") : until.side.revision;
        result.slippage = compute_slippage(git, head, until.side.revision.empty() ? &until.files : nullptr);
    }
    return result;
}

}  // namespace plan::cli
