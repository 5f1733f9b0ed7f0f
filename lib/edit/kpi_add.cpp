#include "edit/kpi_add.hpp"

#include <fmt/format.h>

#include <cmath>

#include "check/suggest.hpp"
#include "model/terminal_safe.hpp"

namespace plan {

std::string yaml_number(double value) {
    if (value == 0) return "0";  // not -0
    return fmt::format("{}", value);  // the shortest text that reads back as the same double
}

namespace {

bool same_period(const Period& a, const Period& b) { return a.kind == b.kind && a.end == b.end; }

// The data point item holding period `p`, and the index to insert before
// when there is none.
struct Place {
    const YNode* item = nullptr;
    std::size_t insert_at = 0;
};

Place find_place(const YNode& data, const Period& p) {
    Place place;
    place.insert_at = data.children.size();
    for (std::size_t i = 0; i < data.children.size(); ++i) {
        const YNode* pn = data.children[i].find("period");
        if (!pn || pn->kind != YNode::scalar) continue;
        auto parsed = parse_period(pn->text);
        if (!parsed.value) continue;
        if (same_period(*parsed.value, p)) {
            place.item = &data.children[i];
            return place;
        }
        if (parsed.value->end > p.end && place.insert_at == data.children.size()) place.insert_at = i;
    }
    return place;
}

// The offset of the closing brace of the one-line flow mapping at `item`.
std::size_t closing_brace(const SourceText& text, const YNode& item) {
    std::string_view l = text.line(item.line);
    int depth = 0;
    char quote = 0;
    for (std::size_t i = text.byte_index(item.line, item.col); i < l.size(); ++i) {
        char c = l[i];
        if (quote) {
            if (c == '\\' && quote == '"') ++i;
            else if (c == quote) quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') quote = c;
        else if (c == '{' || c == '[') ++depth;
        else if ((c == '}' || c == ']') && --depth == 0) return text.offset(item.line, 1) + i;
    }
    throw EditError(fmt::format("the figure on line {} runs over several lines; put it on one line to restate it "
                                "with plan",
                                item.line));
}

void restate(EditTarget& t, const YNode& item, const std::string& old_value, const KpiFigure& f, Date on,
             const std::string& reason) {
    const YNode* value = item.find("value");
    if (!value) throw EditError(fmt::format("the figure on line {} has no value", item.line));
    t.edits.push_back(replace_scalar(t.text, *value, f.value_text));
    std::vector<NewField> old{{"value", old_value, {}}, {"on", on.iso(), {}}, {"reason", yaml_quoted(reason), {}}};
    const YNode* list = item.find("restated");
    if (is_flow(t.text, item)) {
        if (list) throw EditError(fmt::format("the figure on line {} was restated before, inside braces; write it "
                                              "one field to a line to restate it again",
                                              item.line));
        std::vector<std::string> lines = render_item({{"restated", "", {old}}}, {0, 2, true});
        // "- {restated: [...]}" -> ", restated: [...]"
        std::string inner = lines[0].substr(3, lines[0].size() - 4);
        t.edits.push_back({closing_brace(t.text, item), 0, ", " + inner});
        return;
    }
    if (list)
        t.edits.push_back(append_item(t.text, *list, old));
    else
        t.edits.push_back(insert_field(t.text, item, {"restated", "", {old}}, {"note", "value"}));
}

}  // namespace

FigureOutcome add_kpi_figure(PlanEditor& editor, const KpiFigure& f, const std::string& reason, bool describe) {
    const Repository& repo = editor.before().repo;
    const Kpi* kpi = nullptr;
    std::vector<std::string> ids;
    for (const auto& k : repo.kpis) {
        if (k.id && *k.id == f.kpi) kpi = &k;
        if (k.id) ids.push_back(*k.id);
    }
    if (!kpi) {
        std::string hint = closest(f.kpi, ids);
        throw EditError(fmt::format("there is no KPI '{}' in the plan{}", terminal_safe(f.kpi),
                                    hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint)));
    }
    EditTarget& t = editor.open(kpi->pos.file);
    const YNode* node = t.tree.find("kpi");
    if (!node || node->kind != YNode::mapping) throw EditError(fmt::format("KPI {} cannot be found in its file", f.kpi));
    // Figures already added in this run are in the edits, not the tree:
    // the tree and the model are from before, so look in both.
    for (const auto& d : kpi->data)
        if (d.period && same_period(*d.period, f.period) && d.value) {
            if (*d.value == f.value) return FigureOutcome::already_there;
            if (reason.empty())
                throw EditError(fmt::format("KPI {} already has {} for {}; to replace it with {} add --restate "
                                            "--reason TEXT (the old figure and the reason are kept)",
                                            f.kpi, yaml_number(*d.value), f.period.text, f.value_text));
        }
    std::vector<NewField> item{{"period", yaml_plain_or_quoted(f.period.text), {}}, {"value", f.value_text, {}}};
    if (!f.note.empty()) item.push_back({"note", yaml_quoted(f.note), {}});
    const YNode* data = node->find("data");
    if (!data) {
        auto pending = t.new_lists.find("data");
        if (pending == t.new_lists.end()) {
            t.edits.push_back(insert_field(t.text, *node, {"data", "", {item}}, {}));
            t.new_lists["data"] = t.edits.size() - 1;
        } else {
            std::uint32_t indent = node->children.front().key_col - 1 + 2;
            std::string& text = t.edits[pending->second].text;
            const std::string& eol = t.text.eol();
            bool ends = text.size() >= eol.size() && text.compare(text.size() - eol.size(), eol.size(), eol) == 0;
            for (const auto& l : render_item(item, {indent, 2, false})) text += ends ? l + eol : eol + l;
        }
        if (describe) editor.say(fmt::format("figure for {}: {}", f.period.text, f.value_text));
        return FigureOutcome::added;
    }
    Place place = find_place(*data, f.period);
    if (place.item) {
        const YNode* v = place.item->find("value");
        restate(t, *place.item, v ? v->text : "0", f, editor.as_of(), reason);
        if (describe)
            editor.say(fmt::format("figure for {} restated {} \u2192 {}: {}", f.period.text, v ? v->text : "",
                                   f.value_text, reason));
        return FigureOutcome::restated;
    }
    t.edits.push_back(insert_item_before(t.text, *data, place.insert_at, item));
    if (describe) editor.say(fmt::format("figure for {}: {}", f.period.text, f.value_text));
    return FigureOutcome::added;
}

}  // namespace plan
