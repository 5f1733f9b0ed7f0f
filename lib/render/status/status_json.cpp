// plan status --format json. Documented in docs/json.md; bump schema_version
// on any change that could break a reader.
#include <nlohmann/json.hpp>

#include "model/vocabulary.hpp"
#include "render/common/json_out.hpp"
#include "render/common/view_words.hpp"
#include "render/status/views.hpp"

namespace plan {
namespace {

using Json = nlohmann::ordered_json;

std::string key(const char* words) {
    std::string k = words;
    for (auto& c : k)
        if (c == ' ') c = '_';
    return k;
}

Json tally_json(const Tally& t) {
    Json j;
    j["total"] = t.total;
    for (int s = 0; s < kStateCount; ++s) j["by_state"][key(words(static_cast<State>(s)))] = t.by_state[s];
    for (int b = 0; b < kBragCount - 1; ++b) j["by_rag"][words(static_cast<Brag>(b))] = t.by_rag[b];
    return j;
}

Json date_or_null(const Field<Date>& d) { return d ? Json(d->iso()) : Json(nullptr); }

Json action_json(const ActionLine& l) {
    const Action& a = *l.action;
    const ActionState& s = l.state;
    Json j;
    j["id"] = id_of(a);
    j["title"] = a.title;
    j["theme"] = a.theme ? Json(*a.theme) : Json(nullptr);
    j["leads"] = a.leads;
    j["status"] = a.status ? Json(to_string(*a.status)) : Json(nullptr);
    j["state"] = key(words(s.state));
    j["rag"] = s.rag == Brag::none ? Json(nullptr) : Json(words(s.rag));
    j["blocked"] = s.blocked;
    j["due"] = a.due ? Json(a.due->text()) : Json(nullptr);
    j["days_late"] = s.days_late;
    j["late_due"] = s.late_due ? Json(s.late_due->text()) : Json(nullptr);
    j["late_step"] = s.late_step ? Json(s.late_step) : Json(nullptr);
    j["next_due"] = s.next_due ? Json(s.next_due->iso()) : Json(nullptr);
    j["next_step"] = s.next_step ? Json(s.next_step) : Json(nullptr);
    if (s.latest)
        j["latest_progress"] = {{"date", s.latest->date->iso()},
                                {"rag", s.latest->rag ? Json(to_string(*s.latest->rag)) : Json(nullptr)}};
    else
        j["latest_progress"] = nullptr;
    return j;
}

Json kpi_json(const KpiLine& k) {
    const Kpi& kpi = *k.kpi;
    const KpiState& s = k.state;
    Json j;
    j["id"] = id_of(kpi);
    j["title"] = kpi.title;
    j["unit"] = kpi.unit ? Json(to_string(*kpi.unit)) : Json(nullptr);
    j["better"] = kpi.better ? Json(to_string(*kpi.better)) : Json(nullptr);
    if (s.latest && s.latest->value)
        j["latest"] = {{"period", s.latest->period->text}, {"value", *s.latest->value}};
    else
        j["latest"] = nullptr;
    if (kpi.target && kpi.target->trend)
        j["target"] = {{"trend", "year-on-year"}};
    else if (kpi.target && kpi.target->value)
        j["target"] = {{"value", *kpi.target->value},
                       {"by", kpi.target->by ? Json(kpi.target->by->text()) : Json(nullptr)}};
    else
        j["target"] = nullptr;
    j["rag"] = s.rag == Brag::none ? Json(nullptr) : Json(words(s.rag));
    j["direction"] = s.direction == Direction::unknown ? Json(nullptr) : Json(words(s.direction));
    j["stale"] = s.stale;
    j["expected_period"] = s.expected ? Json(s.expected->text) : Json(nullptr);
    j["recent"] = k.recent;
    Json comps = Json::array();
    for (const auto& c : kpi.comparators) comps.push_back({{"name", c.name}, {"value", c.value}, {"period", c.period ? Json(c.period->text) : Json(nullptr)}});
    j["comparators"] = comps;
    return j;
}

}  // namespace

void write_status_json(std::ostream& out, const StatusView& v) {
    const Repository& r = *v.repo;
    Json doc;
    doc["schema_version"] = 1;
    doc["as_of"] = v.as_of.iso();
    doc["plan"] = {{"id", r.plan.id ? Json(*r.plan.id) : Json(nullptr)},
                   {"title", r.plan.title},
                   {"authority", r.plan.authority},
                   {"service", r.plan.service},
                   {"start", date_or_null(r.plan.start)},
                   {"end", date_or_null(r.plan.end)}};
    Json judgements = Json::array();
    for (const auto& j : r.inspection.judgements)
        judgements.push_back({{"area", j.area}, {"grade", j.grade ? Json(to_string(*j.grade)) : Json(nullptr)}});
    doc["inspection"] = {{"body", r.inspection.body},
                         {"framework", r.inspection.framework},
                         {"published", date_or_null(r.inspection.published)},
                         {"judgements", judgements},
                         {"latest_visit", v.latest_visit ? Json{{"date", date_or_null(v.latest_visit->date)},
                                                                {"kind", v.latest_visit->kind},
                                                                {"focus", v.latest_visit->focus}}
                                                         : Json(nullptr)}};
    Json meetings = Json::array();
    for (const auto& m : v.meetings)
        meetings.push_back({{"id", m.meeting->id ? Json(*m.meeting->id) : Json(nullptr)},
                            {"title", m.meeting->title},
                            {"next_date", m.date ? Json(m.date->iso()) : Json(nullptr)}});
    doc["meetings"] = meetings;
    doc["filtered"] = v.filtered;
    doc["progress"] = tally_json(v.overall);
    Json themes = Json::array();
    for (const auto& t : v.themes) {
        Json j = tally_json(t.tally);
        j["id"] = t.theme && t.theme->id ? Json(*t.theme->id) : Json(nullptr);
        j["title"] = t.theme ? Json(t.theme->title) : Json(nullptr);
        themes.push_back(std::move(j));
    }
    doc["progress"]["themes"] = themes;
    Json actions = Json::array();
    for (const auto& l : v.actions) actions.push_back(action_json(l));
    doc["actions"] = actions;
    Json recs = Json::array();
    for (const auto& s : v.recommendations) {
        Json ids = Json::array();
        for (const Action* a : s.actions) ids.push_back(id_of(*a));
        recs.push_back({{"id", s.recommendation->id ? Json(*s.recommendation->id) : Json(nullptr)},
                        {"title", s.recommendation->title},
                        {"covered", s.covered},
                        {"delivered", s.delivered},
                        {"at_risk", s.at_risk},
                        {"actions", ids}});
    }
    doc["recommendations"] = recs;
    Json kpis = Json::array();
    for (const auto& k : v.kpis) kpis.push_back(kpi_json(k));
    doc["kpis"] = kpis;
    Json attention = Json::array();
    for (const auto& a : v.attention) attention.push_back({{"kind", a.kind}, {"subject", a.subject}, {"message", a.message}});
    doc["attention"] = attention;
    write_json(out, doc);
}

}  // namespace plan
