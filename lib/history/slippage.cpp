#include "history/slippage.hpp"

#include <map>
#include <optional>
#include <unordered_map>

#include "load/build_model.hpp"
#include "load/prescan.hpp"
#include "load/strict_parse.hpp"

namespace plan {
namespace {

struct DueOf {
    std::string id;
    std::string title;
    bool exempt = false;
    std::optional<Due> due;
};

// The due dates an actions file gives, read without the schema check:
// slippage reads what was there, even in a version that did not validate.
std::vector<DueOf> dues_in(std::string text) {
    std::vector<DueOf> out;
    Diagnostics ignored;
    if (!prescan(text, 0, ignored)) return out;
    auto tree = strict_parse(text, 0, ignored);
    if (!tree) return out;
    Repository scratch;
    build_actions_file(*tree, 0, scratch, ignored);
    for (const auto& a : scratch.actions) {
        if (!a.id) continue;
        DueOf d{*a.id, a.title, a.exempt, std::nullopt};
        if (a.due) d.due = *a.due;
        out.push_back(std::move(d));
    }
    return out;
}

// An action's due date as last seen, whichever file it was in: an action
// moved to another file keeps its history.
class Tracker {
public:
    void update(const std::vector<DueOf>& actions, const CommitInfo& commit) {
        for (const auto& d : actions) {
            auto& s = slips_[d.id];
            s.action = {d.id, d.title, d.exempt};
            if (d.due) record(s, *d.due, commit);
        }
    }

    std::vector<Slippage> result() const {
        std::vector<Slippage> out;
        for (const auto& [id, s] : slips_) out.push_back(s);
        return out;
    }

private:
    static void record(Slippage& s, const Due& due, const CommitInfo& commit) {
        if (!s.first) {
            s.first = s.current = due;
            return;
        }
        if (s.current->date == due.date) {
            s.current = due;  // the same day, perhaps written differently (2017-04 / 2017-04-30)
            return;
        }
        int days = due.date - s.current->date;
        s.events.push_back({commit.id, commit.author, commit.date, *s.current, due, days});
        if (days > 0) {
            ++s.times_slipped;
            s.days_slipped += days;
        } else {
            ++s.times_brought_forward;
        }
        s.current = due;
    }

    std::map<std::string, Slippage> slips_;
};

}  // namespace

std::vector<Slippage> compute_slippage(GitRepo& git, const std::string& until, const std::vector<InputFile>* working_tree) {
    std::unordered_map<std::string, std::vector<DueOf>> by_blob;  // each version parsed once
    Tracker tracker;
    for (const auto& c : git.plan_history(until)) {
        for (const auto& f : c.files) {
            // A deleted file takes nothing back: its actions' histories stand.
            if (kind_of(f.path) != SourceFile::actions || f.blob.empty()) continue;
            auto it = by_blob.find(f.blob);
            if (it == by_blob.end()) it = by_blob.emplace(f.blob, dues_in(git.blob(f.blob))).first;
            tracker.update(it->second, c.commit);
        }
    }
    if (working_tree) {
        CommitInfo uncommitted{"", "", Date{}};  // no commit, no author: the working tree
        for (const auto& f : *working_tree)
            if (kind_of(f.path) == SourceFile::actions && f.read_error.empty()) tracker.update(dues_in(f.text), uncommitted);
    }
    return tracker.result();
}

}  // namespace plan
