// plan update ACTION: a progress note and field changes on one action or step.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "edit/action_update.hpp"
#include "write_support.hpp"

namespace plan::cli {
namespace {

struct UpdateOptions {
    std::string repo;
    AsOf as_of;
    WriteOptions write;
    std::string action, note, rag, on, status, done, due, reason, decision;
    int step = 0;
    bool exempt = false;
};

Date date_option(const std::string& name, const std::string& text) {
    auto p = parse_date(text);
    if (!p.value) throw UsageError(fmt::format("{} '{}': {}", name, text, p.error));
    return *p.value;
}

int run_update(const UpdateOptions& o) {
    ActionUpdate u;
    u.action = o.action;
    u.step = o.step;
    u.note = o.note;
    u.rag = o.rag;
    u.status = o.status;
    u.reason = o.reason;
    u.decision = o.decision;
    u.exempt = o.exempt;
    if (!o.on.empty()) u.on = date_option("--on", o.on);
    if (!o.done.empty()) u.done = date_option("--done", o.done);
    if (!o.due.empty()) {
        auto p = parse_due(o.due);
        if (!p.value) throw UsageError(fmt::format("--due '{}': {}", o.due, p.error));
        u.due = *p.value;
    }
    if (!o.reason.empty() && o.due.empty()) throw UsageError("--reason explains a due date moved: give --due DATE too");
    if (o.note.empty() && o.status.empty() && o.done.empty() && o.due.empty())
        throw UsageError("nothing to do: give --note TEXT, --status, --done DATE or --due DATE --reason TEXT");
    Date as_of = o.as_of.resolve();
    RepoLocation where = locate_repository(o.repo);
    return run_write(where, as_of, o.write, o.action, [&](PlanEditor& editor) { update_action(editor, u); });
}

}  // namespace

Command update_command(CLI::App& app) {
    auto o = std::make_shared<UpdateOptions>();
    auto* cmd = app.add_subcommand("update", "Add a progress note to an action, or change its status, done or due date");
    cmd->add_option("ACTION", o->action, "The action's id, e.g. PP-5")->required();
    cmd->add_option("--repo", o->repo, "The plan repository (default: the nearest folder upwards holding plan.yaml)");
    cmd->add_option("--note", o->note, "A progress note, added at the bottom of the action's progress list");
    cmd->add_option("--rag", o->rag, "The lead's RAG with the note")->check(CLI::IsMember({"red", "amber", "green"}));
    cmd->add_option("--on", o->on, "The note's date, YYYY-MM-DD (default: the as-of date)");
    cmd->add_option("--status", o->status, "A new status")
        ->check(CLI::IsMember({"not-started", "in-progress", "blocked", "done", "ongoing", "dropped"}));
    cmd->add_option("--done", o->done, "The date the work was finished, YYYY-MM-DD");
    cmd->add_option("--due", o->due, "A new due date, YYYY-MM or YYYY-MM-DD (needs --reason)");
    cmd->add_option("--reason", o->reason, "Why the due date moves; kept in the plan beside the move");
    cmd->add_option("--decision", o->decision, "Who agreed the move, e.g. \"Board decision 20 Feb\"");
    cmd->add_flag("--exempt", o->exempt, "The note is exempt information (Schedule 12A): left out of public papers");
    cmd->add_option("--step", o->step, "Change step N (from 1) of the action instead of the action itself")
        ->check(CLI::PositiveNumber);
    add_as_of_option(*cmd, o->as_of);
    add_write_options(*cmd, o->write);
    return {cmd, [o]() { return run_update(*o); }};
}

}  // namespace plan::cli
