#include "edit/action_update.hpp"

#include <fmt/format.h>

#include "check/suggest.hpp"
#include "model/terminal_safe.hpp"

namespace plan {

namespace {

const YNode* find_action_node(const YNode& root, const std::string& id) {
    const YNode* list = root.find("actions");
    if (!list || list->kind != YNode::sequence) return nullptr;
    for (const auto& item : list->children) {
        const YNode* n = item.find("id");
        if (item.kind == YNode::mapping && n && n->kind == YNode::scalar && n->text == id) return &item;
    }
    return nullptr;
}

// Sets `key` in `mapping` to `yaml`, replacing its value or adding it after
// the first of `after` that is there.
void set_field(EditTarget& t, const YNode& mapping, const std::string& key, const std::string& yaml,
               const std::vector<std::string>& after) {
    if (const YNode* old = mapping.find(key)) {
        t.edits.push_back(replace_scalar(t.text, *old, yaml));
        return;
    }
    t.edits.push_back(insert_field(t.text, mapping, {key, yaml, {}}, after));
}

void reschedule(PlanEditor& editor, EditTarget& t, const YNode& node, const ActionUpdate& u,
                const std::string& label, const std::string& prefix) {
    const YNode* old = node.find("due");
    if (!old || old->kind != YNode::scalar) {
        set_field(t, node, "due", u.due->text(), {"status", "leads", "theme", "title"});
        editor.say(fmt::format("{}due {}", prefix, u.due->text()));
        return;
    }
    if (old->text == u.due->text()) return;
    if (u.reason.empty())
        throw EditError(fmt::format("moving the due date of {} from {} to {} needs a reason: add --reason TEXT "
                                    "(the reason is kept in the plan, beside the move)",
                                    label, old->text, u.due->text()));
    std::vector<NewField> entry{{"from", yaml_plain_or_quoted(old->text), {}},
                                {"to", u.due->text(), {}},
                                {"on", (u.on ? *u.on : editor.as_of()).iso(), {}},
                                {"reason", yaml_quoted(u.reason), {}}};
    if (!u.decision.empty()) entry.push_back({"decision", yaml_quoted(u.decision), {}});
    t.edits.push_back(replace_scalar(t.text, *old, u.due->text()));
    if (const YNode* list = node.find("rescheduled"))
        t.edits.push_back(append_item(t.text, *list, entry));
    else
        t.edits.push_back(insert_field(t.text, node, {"rescheduled", "", {entry}}, {"due"}));
    editor.say(fmt::format("{}due moved {} \u2192 {}: {}", prefix, old->text, u.due->text(), u.reason));
}

}  // namespace

void update_action(PlanEditor& editor, const ActionUpdate& u) {
    const Repository& repo = editor.before().repo;
    const Action* action = nullptr;
    std::vector<std::string> ids;
    for (const auto& a : repo.actions) {
        if (a.id && *a.id == u.action) action = &a;
        if (a.id) ids.push_back(*a.id);
    }
    if (!action) {
        std::string hint = closest(u.action, ids);
        throw EditError(fmt::format("there is no action '{}' in the plan{}", terminal_safe(u.action),
                                    hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint)));
    }
    EditTarget& t = editor.open(action->pos.file);
    const YNode* node = find_action_node(t.tree, u.action);
    if (!node) throw EditError(fmt::format("action {} cannot be found in its file", u.action));
    if (is_flow(t.text, *node))
        throw EditError(fmt::format("action {} is written in braces {{...}}; write its fields one to a line to "
                                    "edit it with plan",
                                    u.action));
    const YNode* target = node;
    std::string label = u.action;
    if (u.step > 0) {
        const YNode* steps = node->find("steps");
        std::size_t count = steps && steps->kind == YNode::sequence ? steps->children.size() : 0;
        if (static_cast<std::size_t>(u.step) > count)
            throw EditError(fmt::format("action {} has {} step{}; --step takes 1 to {}", u.action, count,
                                        count == 1 ? "" : "s", count));
        target = &steps->children[static_cast<std::size_t>(u.step - 1)];
        label = fmt::format("{} step {}", u.action, u.step);
    }

    if (!u.note.empty()) {
        Date on = u.on ? *u.on : editor.as_of();
        std::vector<NewField> entry{{"date", on.iso(), {}}};
        if (!u.rag.empty()) entry.push_back({"rag", u.rag, {}});
        entry.push_back({"note", yaml_quoted(u.note), {}});
        if (u.exempt) entry.push_back({"exempt", "true", {}});
        if (const YNode* list = node->find("progress"))
            t.edits.push_back(append_item(t.text, *list, entry));
        else
            t.edits.push_back(insert_field(t.text, *node, {"progress", "", {entry}}, {}));
        editor.say(fmt::format("progress note of {}{}", on.iso(), u.rag.empty() ? "" : " (" + u.rag + ")"));
    } else if (!u.rag.empty() || u.exempt) {
        throw EditError("--rag and --exempt describe a progress note: add --note TEXT");
    }
    std::string prefix = u.step > 0 ? fmt::format("step {} ", u.step) : "";
    if (u.due) reschedule(editor, t, *target, u, label, prefix);
    if (!u.status.empty()) {
        set_field(t, *target, "status", u.status, {"due", "leads", "theme", "title"});
        editor.say(prefix + "status " + u.status);
    }
    if (u.done) {
        set_field(t, *target, "done", u.done->iso(), {"status", "due"});
        editor.say(prefix + "done " + u.done->iso());
    }
}

}  // namespace plan
