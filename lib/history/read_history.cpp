#include "history/read_history.hpp"

#include <fmt/format.h>

#include "check/check_repository.hpp"
#include "history/git_repo.hpp"
#include "history/revisions.hpp"
#include "history/slippage.hpp"
#include "model/terminal_safe.hpp"
#include "query/calendar.hpp"
#include "query/meeting_resolve.hpp"

namespace plan {
namespace {

// Where the changes start when no --since was given: the meeting's previous
// date before the paper's, with a label that names the meeting.
std::string meeting_start(const Repository& after, Date as_of, const HistoryRequest& request, std::string& label) {
    if (request.meeting.empty())
        throw RequestError("say where the changes start: --since REV|DATE, or --meeting ID for the meeting before "
                           "the paper's date");
    const Meeting* m = resolve_meeting(after, request.meeting);
    std::optional<Date> paper = request.paper_date;
    if (!paper) paper = next_meeting(*m, as_of);
    std::string meeting = terminal_safe(request.meeting);
    if (!paper) throw RequestError(fmt::format("--meeting {}: no date for the paper; give --date YYYY-MM-DD", meeting));
    auto previous = previous_meeting(*m, *paper);
    if (!previous)
        throw RequestError(fmt::format("--meeting {}: plan.yaml lists no {} meeting before {}; give --since", meeting,
                                       meeting, paper->long_form()));
    label = fmt::format("the {} of {}", m->title.empty() ? request.meeting : m->title, previous->long_form());
    return previous->iso();
}

// The plan at the end of the meeting's day; when the repository starts after
// it (a plan put into git later), its first commit, with a note saying so.
PlanState meeting_state(GitRepo& git, const std::string& day, const std::string& label, std::string& note) {
    try {
        PlanState s = state_at(git, day);
        s.side.label = fmt::format("{} ({})", label, s.commit_note);
        s.side.paper_label = label;
        return s;
    } catch (const HistoryError& e) {
        if (e.kind != HistoryError::bad_revision) throw;
    }
    PlanState s = state_at(git, git.first_commit());
    s.side.label = fmt::format("the first commit ({})", s.commit_note);
    s.side.paper_label = fmt::format("the plan as first recorded, on {}", s.side.as_of.long_form());
    note = fmt::format("the repository's history starts after {}; the changes start from its first commit", label);
    return s;
}

}  // namespace

HistoryResult read_history(const std::string& plan_root, Date as_of, const HistoryRequest& request) {
    HistoryResult result;
    GitRepo git(plan_root);
    std::string note;
    PlanState until = request.until.empty() ? newest_state(git, as_of, note) : state_at(git, request.until);
    CheckedRepository after = check_repository(until.files, until.side.as_of);

    if (request.changes) {
        std::string since_label;
        std::string since_text =
            request.since.empty() ? meeting_start(after.repo, as_of, request, since_label) : request.since;
        std::string start_note;
        PlanState since = since_label.empty() ? state_at(git, since_text)
                                              : meeting_state(git, since_text, since_label, start_note);
        // Listed the other way round, every addition would read as a removal.
        if (!request.until.empty() && until.side.as_of < since.side.as_of)
            throw RequestError(fmt::format("--since {} is later than --until {}; changes run from the earlier to the "
                                           "later: swap them",
                                           since.side.label, until.side.label));
        CheckedRepository before = check_repository(since.files, since.side.as_of);
        ChangeSet changes = diff_plans(before.repo, since.side.as_of, after.repo, until.side.as_of);
        changes.since = since.side;
        changes.until = until.side;
        if (!start_note.empty()) changes.notes.push_back(start_note);
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

}  // namespace plan
