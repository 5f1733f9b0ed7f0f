// plan changes --format json. Documented in docs/json.md.
#include <nlohmann/json.hpp>

#include "model/vocabulary.hpp"
#include "render/changes/changes.hpp"
#include "render/common/json_out.hpp"

namespace plan {
namespace {

using Json = nlohmann::ordered_json;

Json ref(const ActionRef& a) { return {{"id", a.id}, {"title", a.title}, {"exempt", a.exempt}}; }
Json side(const Side& s) {
    return {{"label", s.label}, {"revision", s.revision.empty() ? Json(nullptr) : Json(s.revision)}, {"as_of", s.as_of.iso()}};
}
Json opt_number(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

template <class T, class F>
Json list(const std::vector<T>& items, F f) {
    Json a = Json::array();
    for (const auto& i : items) a.push_back(f(i));
    return a;
}

Json change_set(const ChangeSet& c) {
    Json j;
    j["since"] = side(c.since);
    j["until"] = side(c.until);
    j["notes"] = c.notes;
    j["completed"] = list(c.completed, ref);
    j["added"] = list(c.added, ref);
    j["dropped"] = list(c.dropped, ref);
    j["removed"] = list(c.removed, ref);
    j["status_changes"] = list(c.status_changes, [](const StatusChange& s) {
        return Json{{"action", ref(s.action)}, {"from", s.from}, {"to", s.to}};
    });
    j["rag_changes"] = list(c.rag_changes, [](const RagChange& r) {
        return Json{{"action", ref(r.action)}, {"from", words(r.from)}, {"to", words(r.to)}};
    });
    // "reason" only where the plan keeps one (rescheduled: / restated:).
    auto with_reason = [](Json item, const std::string& reason) {
        if (!reason.empty()) item["reason"] = reason;
        return item;
    };
    j["due_moves"] = list(c.due_moves, [&](const DueMove& m) {
        return with_reason(Json{{"action", ref(m.action)},     {"step", m.step ? Json(m.step) : Json(nullptr)},
                                {"from", m.from.text()},       {"to", m.to.text()},
                                {"days", m.days}},
                           m.reason);
    });
    j["new_progress"] = list(c.new_progress, [](const NewProgress& p) {
        return Json{{"action", ref(p.action)},
                    {"date", p.date.iso()},
                    {"rag", p.rag ? Json(to_string(*p.rag)) : Json(nullptr)},
                    {"note", p.note},
                    {"exempt", p.exempt}};
    });
    j["recommendations"] = list(c.recommendations, [](const RecommendationChange& r) {
        return Json{{"number", r.number}, {"title", r.title}, {"became", r.became}, {"reason", r.reason}};
    });
    j["kpi_points"] = list(c.kpi_points, [](const KpiPointAdded& k) {
        return Json{{"kpi", k.kpi.id},
                    {"period", k.period},
                    {"value", k.value},
                    {"previous", opt_number(k.previous)},
                    {"direction", k.direction == Direction::unknown ? Json(nullptr) : Json(words(k.direction))}};
    });
    j["restated"] = list(c.restated, [&](const KpiRestated& r) {
        return with_reason(Json{{"kpi", r.kpi.id}, {"period", r.period}, {"from", r.from}, {"to", r.to}}, r.reason);
    });
    j["targets"] = list(c.targets, [](const KpiTargetChange& t) {
        return Json{{"kpi", t.kpi.id}, {"from", t.from}, {"to", t.to}};
    });
    return j;
}

Json slippage(const Slippage& s) {
    Json j;
    j["action"] = ref(s.action);
    j["times_slipped"] = s.times_slipped;
    j["days_slipped"] = s.days_slipped;
    j["times_brought_forward"] = s.times_brought_forward;
    j["first_due"] = s.first ? Json(s.first->text()) : Json(nullptr);
    j["current_due"] = s.current ? Json(s.current->text()) : Json(nullptr);
    j["events"] = list(s.events, [](const SlipEvent& e) {
        Json event{{"commit", e.commit.empty() ? Json(nullptr) : Json(e.commit)},
                    {"author", e.author},
                    {"date", e.commit.empty() ? Json(nullptr) : Json(e.committed.iso())},
                    {"from", e.from.text()},
                    {"to", e.to.text()},
                    {"days", e.days}};
        if (!e.reason.empty()) event["reason"] = e.reason;
        return event;
    });
    return j;
}

}  // namespace

void write_changes_json(std::ostream& out, const ChangesReport& r) {
    Json doc;
    doc["schema_version"] = 1;
    doc["changes"] = r.changes ? change_set(*r.changes) : Json(nullptr);
    doc["slippage"] = r.slippage ? list(*r.slippage, slippage) : Json(nullptr);
    write_json(out, doc);
}

}  // namespace plan
