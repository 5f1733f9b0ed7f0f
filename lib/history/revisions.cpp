#include "history/revisions.hpp"

#include <fmt/format.h>

#include "load/file_system.hpp"

namespace plan {

bool same_files(const std::vector<InputFile>& a, const std::vector<InputFile>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].path != b[i].path || a[i].text != b[i].text || a[i].read_error != b[i].read_error) return false;
    return true;
}

PlanState state_at(GitRepo& git, const std::string& text) {
    PlanState s;
    auto day = text.size() == 10 ? parse_date(text) : Parsed<Date>{};
    std::string commit = day.value ? git.commit_on_or_before(*day.value) : git.resolve(text);
    CommitInfo info = git.info(commit);
    s.files = git.files_at(commit);
    s.side.revision = commit;
    s.side.as_of = day.value ? *day.value : info.date;
    s.commit_note = fmt::format("commit {}, {}", commit.substr(0, 10), info.date.long_form());
    // The revision as typed; each view escapes it for where it is shown.
    s.side.label = fmt::format("{} ({})", day.value ? day.value->long_form() : text, s.commit_note);
    s.side.paper_label = fmt::format("the plan as it stood on {}", s.side.as_of.long_form());
    s.side.revision_note = s.commit_note;
    return s;
}

PlanState newest_state(GitRepo& git, Date as_of, std::string& note) {
    PlanState head = state_at(git, "HEAD");
    Date committed = head.side.as_of;
    head.side.as_of = as_of;
    head.side.label = fmt::format("HEAD (commit {})", head.side.revision.substr(0, 10));
    head.side.paper_label = fmt::format("the plan as last committed, on {}", committed.long_form());
    head.side.revision_note = "HEAD, " + head.commit_note;
    std::vector<InputFile> work = read_repository_files(git.plan_root());
    // What git compares, not the bytes: a checkout with CRLF line endings
    // (core.autocrlf, eol=crlf) differs from the blobs but is not a change.
    if (same_files(work, head.files) || git.plan_is_clean()) return head;
    PlanState s;
    s.files = std::move(work);
    s.side.label = "the working tree";
    s.side.paper_label = "the plan as it stands, with changes not yet committed";
    s.side.revision_note = "the working tree";
    s.side.as_of = as_of;
    note = "the working tree has uncommitted changes to the plan; they are counted as its newest state";
    return s;
}

}  // namespace plan
