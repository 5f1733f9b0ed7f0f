// plan overdue --format json. Documented in docs/json.md.
#include <nlohmann/json.hpp>

#include "render/common/json_out.hpp"
#include "render/common/view_words.hpp"
#include "render/status/views.hpp"

namespace plan {
namespace {

using Json = nlohmann::ordered_json;

Json item_json(const DueItem& i) {
    Json j;
    j["action"] = id_of(*i.action);
    j["step"] = i.step ? Json(i.step_number) : Json(nullptr);
    j["review"] = i.review;
    j["title"] = item_title(i);
    j["leads"] = i.leads;
    j["due"] = i.due.text();
    j["due_date"] = i.due.date.iso();
    j["days"] = i.days;
    j["last_progress"] = i.last_progress ? Json(i.last_progress->iso()) : Json(nullptr);
    return j;
}

const char* grouping_name(Grouping g) {
    switch (g) {
    case Grouping::none: return "none";
    case Grouping::lead: return "lead";
    case Grouping::theme: return "theme";
    case Grouping::recommendation: return "recommendation";
    }
    return "none";
}

}  // namespace

void write_overdue_json(std::ostream& out, const OverdueView& v) {
    Json doc;
    doc["schema_version"] = 1;
    doc["as_of"] = v.as_of.iso();
    doc["window_end"] = v.window_end.iso();
    doc["grouping"] = grouping_name(v.grouping);
    Json overdue = Json::array(), soon = Json::array();
    for (const auto& i : v.overdue) overdue.push_back(item_json(i));
    for (const auto& i : v.due_soon) soon.push_back(item_json(i));
    doc["overdue"] = overdue;
    doc["due_soon"] = soon;
    if (v.grouping != Grouping::none) {
        Json groups = Json::array();
        for (const auto& g : v.groups) {
            Json o = Json::array(), s = Json::array();
            for (const DueItem* i : g.overdue) o.push_back(item_json(*i));
            for (const DueItem* i : g.due_soon) s.push_back(item_json(*i));
            groups.push_back({{"key", g.key}, {"overdue", o}, {"due_soon", s}});
        }
        doc["groups"] = groups;
    }
    write_json(out, doc);
}

}  // namespace plan
