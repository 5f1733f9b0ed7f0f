#include "history/slippage.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <thread>
#include <unordered_map>

#include "load/build_model.hpp"
#include "load/prescan.hpp"
#include "load/strict_parse.hpp"
#include "model/parallel.hpp"

namespace plan {
namespace {

struct DueOf {
    std::string id;
    std::string title;
    bool exempt = false;
    std::optional<Due> due;
    std::vector<Rescheduling> rescheduled;  // the reasons the file keeps
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
        DueOf d{*a.id, a.title, a.exempt, std::nullopt, a.rescheduled};
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
            if (d.due) record(s, *d.due, commit, d.rescheduled);
        }
    }

    std::vector<Slippage> result() const {
        std::vector<Slippage> out;
        for (const auto& [id, s] : slips_) out.push_back(s);
        return out;
    }

private:
    static void record(Slippage& s, const Due& due, const CommitInfo& commit, const std::vector<Rescheduling>& kept) {
        if (!s.first) {
            s.first = s.current = due;
            return;
        }
        if (s.current->date == due.date) {
            s.current = due;  // the same day, perhaps written differently (2017-04 / 2017-04-30)
            return;
        }
        int days = due.date - s.current->date;
        s.events.push_back({commit.id, commit.author, commit.date, *s.current, due, days,
                            reason_for_move(kept, *s.current, due)});
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

// Blobs come through git's one cat-file process on this thread, a few at a
// time (more would only hold more texts at once), and each batch is parsed on
// every core. The result does not depend on which thread parsed what: each
// blob's dues go to its own slot.
void parse_in_batches(GitRepo& git, const std::vector<std::string>& blobs, std::vector<std::vector<DueOf>>& dues) {
    constexpr std::size_t kBatch = 8;
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::string> texts;
    for (std::size_t first = 0; first < blobs.size(); first += kBatch) {
        std::size_t last = std::min(blobs.size(), first + kBatch);
        texts.clear();
        for (std::size_t i = first; i < last; ++i) texts.push_back(git.blob(blobs[i]));
        std::atomic<std::size_t> next{0};
        auto work = [&] {
            for (std::size_t i; (i = next.fetch_add(1)) < texts.size();) dues[first + i] = dues_in(std::move(texts[i]));
        };
        auto threads = static_cast<unsigned>(std::min<std::size_t>(cores, (texts.size() + 1) / 2));
        run_on_threads(threads, work);
    }
}

}  // namespace

std::vector<Slippage> compute_slippage(GitRepo& git, const std::string& until, const std::vector<InputFile>* working_tree) {
    const std::vector<CommitChanges> history = git.plan_history(until);

    // Every distinct version of an actions file, in order of first use: each
    // is fetched and parsed once, and the parsing is spread over the cores.
    std::vector<std::string> blobs;
    std::unordered_map<std::string, std::size_t> index;
    for (const auto& c : history)
        for (const auto& f : c.files) {
            // A deleted file takes nothing back: its actions' histories stand.
            if (kind_of(f.path) != SourceFile::actions || f.blob.empty()) continue;
            if (index.emplace(f.blob, blobs.size()).second) blobs.push_back(f.blob);
        }
    std::vector<std::vector<DueOf>> dues(blobs.size());
    parse_in_batches(git, blobs, dues);

    Tracker tracker;
    for (const auto& c : history)
        for (const auto& f : c.files) {
            if (kind_of(f.path) != SourceFile::actions || f.blob.empty()) continue;
            tracker.update(dues[index.at(f.blob)], c.commit);
        }
    if (working_tree) {
        CommitInfo uncommitted{"", "", Date{}};  // no commit, no author: the working tree
        for (const auto& f : *working_tree)
            if (kind_of(f.path) == SourceFile::actions && f.read_error.empty()) tracker.update(dues_in(f.text), uncommitted);
    }
    return tracker.result();
}

}  // namespace plan
