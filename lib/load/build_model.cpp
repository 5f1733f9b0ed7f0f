#include "load/build_model.hpp"
#include "load/limits.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "load/core_types.hpp"
#include "load/unicode.hpp"
#include "model/vocabulary.hpp"

namespace plan {
namespace {

// Reads values out of one file's tree, reporting what the schema cannot see.
class Reader {
public:
    Reader(std::uint32_t file, Diagnostics& out) : file_(file), out_(out) {}

    Pos pos(const YNode& n) const { return Pos{file_, n.line, n.col}; }

    static const YNode* get(const YNode& map, const char* key) {
        return map.kind == YNode::mapping ? map.find(key) : nullptr;
    }

    // Text of a scalar, whether plain or quoted; empty when not a scalar.
    static std::string text(const YNode* n) {
        return n && n->kind == YNode::scalar ? n->text : std::string();
    }

    // Plain text only: a plain scalar that YAML 1.2 types as a number or
    // boolean is not text, and the schema reports it.
    static bool is_text(const YNode* n) {
        return n && n->kind == YNode::scalar && (n->quoted || type_plain_scalar(n->text).kind == CoreValue::text);
    }

    std::string str(const YNode& map, const char* key) const {
        const YNode* n = get(map, key);
        return is_text(n) ? n->text : std::string();
    }

    Field<std::string> id(const YNode& map, const char* key = "id") const {
        Field<std::string> f;
        const YNode* n = get(map, key);
        if (!is_text(n)) return f;
        f.pos = pos(*n);
        if (!valid_id(n->text)) {
            // A look-alike or invisible character is named: the id looks right on screen.
            std::string unusual = first_unusual_character(n->text);
            report(*n, "id-format",
                   fmt::format("'{}' is not a usable id{}; ids use only the letters A-Z and a-z, digits, '.', '_' and "
                               "'-', start with a letter or digit, and are at most 64 characters",
                               n->text.substr(0, 64), unusual.empty() ? "" : ": it has " + unusual));
            return f;
        }
        f.value = n->text;
        f.set = true;
        return f;
    }

    Field<Date> date(const YNode& map, const char* key) const { return date_node(get(map, key)); }

    Field<Date> date_node(const YNode* n) const {
        Field<Date> f;
        if (!is_text(n)) return f;
        f.pos = pos(*n);
        auto parsed = parse_date(n->text);
        if (!parsed.value) return report(*n, "date", parsed.error), f;
        f.value = *parsed.value;
        f.set = true;
        return f;
    }

    Field<Due> due(const YNode& map, const char* key) const {
        Field<Due> f;
        const YNode* n = get(map, key);
        if (!is_text(n)) return f;
        f.pos = pos(*n);
        auto parsed = parse_due(n->text);
        if (!parsed.value) return report(*n, "date", parsed.error), f;
        f.value = *parsed.value;
        f.set = true;
        return f;
    }

    Field<Period> period(const YNode& map, const char* key) const {
        Field<Period> f;
        const YNode* n = get(map, key);
        // A plain 2017 is a number in YAML; as a period it is the calendar year.
        if (!n || n->kind != YNode::scalar) return f;
        CoreValue v = n->quoted ? CoreValue{} : type_plain_scalar(n->text);
        if (v.kind != CoreValue::text && v.kind != CoreValue::integer) return f;
        f.pos = pos(*n);
        auto parsed = parse_period(n->text);
        if (!parsed.value) return report(*n, "period", parsed.error), f;
        f.value = *parsed.value;
        f.set = true;
        return f;
    }

    Field<double> number(const YNode& map, const char* key) const {
        Field<double> f;
        const YNode* n = get(map, key);
        if (!n || n->kind != YNode::scalar || n->quoted) return f;
        CoreValue v = type_plain_scalar(n->text);
        if (v.kind != CoreValue::integer && v.kind != CoreValue::number) return f;
        f.value = v.kind == CoreValue::integer ? static_cast<double>(v.i) : v.d;
        f.pos = pos(*n);
        f.set = true;
        return f;
    }

    Field<int> integer(const YNode* n) const {
        Field<int> f;
        if (!n || n->kind != YNode::scalar || n->quoted) return f;
        CoreValue v = type_plain_scalar(n->text);
        if (v.kind != CoreValue::integer || v.i < 0 || v.i > 1000000) return f;
        f.value = static_cast<int>(v.i);
        f.pos = pos(*n);
        f.set = true;
        return f;
    }

    bool flag(const YNode& map, const char* key) const {
        const YNode* n = get(map, key);
        return n && n->kind == YNode::scalar && !n->quoted && type_plain_scalar(n->text).kind == CoreValue::boolean &&
               type_plain_scalar(n->text).b;
    }

    template <class E, class Parse>
    Field<E> word(const YNode& map, const char* key, Parse parse) const {
        Field<E> f;
        const YNode* n = get(map, key);
        if (!is_text(n)) return f;
        if (auto v = parse(n->text)) {
            f.value = *v;
            f.pos = pos(*n);
            f.set = true;
        }
        return f;
    }

    std::vector<std::string> texts(const YNode& map, const char* key) const {
        std::vector<std::string> r;
        const YNode* n = get(map, key);
        if (n && n->kind == YNode::sequence)
            for (const auto& c : n->children)
                if (is_text(&c)) r.push_back(c.text);
        return r;
    }

    // Items of a list field, or nothing when the field is not a list.
    static const std::vector<YNode>& items(const YNode& map, const char* key) {
        static const std::vector<YNode> none;
        const YNode* n = get(map, key);
        return n && n->kind == YNode::sequence ? n->children : none;
    }

    void report(const YNode& n, const char* check, std::string message) const {
        out_.push_back({pos(n), Severity::error, check, std::move(message)});
    }

private:
    static bool valid_id(const std::string& s) {
        if (s.empty() || s.size() > 64) return false;
        for (std::size_t i = 0; i < s.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) return false;
        }
        return true;
    }

    std::uint32_t file_;
    Diagnostics& out_;
};

std::vector<RecommendationRef> recommendation_refs(const Reader& r, const YNode& action) {
    std::vector<RecommendationRef> refs;
    for (const auto& item : Reader::items(action, "recommendations")) {
        RecommendationRef ref;
        ref.pos = r.pos(item);
        if (auto n = r.integer(&item)) {
            if (*n < 1) continue;  // the schema says numbers start at 1
            ref.kind = RecommendationRef::number;
            ref.from = ref.to = *n;
            refs.push_back(ref);
            continue;
        }
        if (!Reader::is_text(&item)) continue;
        const std::string& s = item.text;
        if (s == "all") {
            ref.kind = RecommendationRef::all;
            refs.push_back(ref);
            continue;
        }
        auto dash = s.find('-');
        bool digits = dash != std::string::npos && dash > 0 && dash + 1 < s.size() && dash < 7 && s.size() - dash < 8 &&
                      s.find_first_not_of("0123456789-") == std::string::npos && s.find('-', dash + 1) == std::string::npos;
        if (!digits) {
            r.report(item, "references",
                     fmt::format("'{}' is not a recommendation link; write a number (7), a range in quotes (\"3-5\") or all",
                                 s.substr(0, 40)));
            continue;
        }
        ref.kind = RecommendationRef::range;
        ref.from = std::atoi(s.substr(0, dash).c_str());
        ref.to = std::atoi(s.substr(dash + 1).c_str());
        if (ref.from > ref.to) {
            r.report(item, "references",
                     fmt::format("range '{}' runs backwards; write the lower number first: \"{}-{}\"", s, ref.to, ref.from));
            continue;
        }
        refs.push_back(ref);
    }
    return refs;
}

std::vector<Rescheduling> read_rescheduled(const Reader& r, const YNode& n) {
    std::vector<Rescheduling> out;
    for (const auto& m : Reader::items(n, "rescheduled"))
        if (m.kind == YNode::mapping)
            out.push_back({r.due(m, "from"), r.due(m, "to"), r.date(m, "on"), r.str(m, "reason"),
                           r.str(m, "decision"), r.pos(m)});
    return out;
}

Step read_step(const Reader& r, const YNode& n) {
    Step s;
    s.pos = r.pos(n);
    s.title = r.str(n, "title");
    s.lead = r.str(n, "lead");
    s.reason = r.str(n, "reason");
    s.due = r.due(n, "due");
    s.status = r.word<Status>(n, "status", status_from);
    s.done = r.date(n, "done");
    s.exempt = r.flag(n, "exempt");
    s.rescheduled = read_rescheduled(r, n);
    return s;
}

ProgressEntry read_progress(const Reader& r, const YNode& n) {
    ProgressEntry p;
    p.pos = r.pos(n);
    p.date = r.date(n, "date");
    p.rag = r.word<Rag>(n, "rag", rag_from);
    p.note = r.str(n, "note");
    p.exempt = r.flag(n, "exempt");
    return p;
}

Action read_action(const Reader& r, const YNode& n) {
    Action a;
    a.pos = r.pos(n);
    a.id = r.id(n);
    a.title = r.str(n, "title");
    a.theme = r.id(n, "theme");
    a.recommendations = recommendation_refs(r, n);
    a.leads = r.texts(n, "leads");
    a.due = r.due(n, "due");
    a.status = r.word<Status>(n, "status", status_from);
    a.done = r.date(n, "done");
    a.review = r.date(n, "review");
    a.reason = r.str(n, "reason");
    a.success = r.str(n, "success");
    a.exempt = r.flag(n, "exempt");
    a.rescheduled = read_rescheduled(r, n);
    const auto& steps = Reader::items(n, "steps");
    a.steps.reserve(steps.size());
    for (const auto& s : steps)
        if (s.kind == YNode::mapping) a.steps.push_back(read_step(r, s));
    const auto& progress = Reader::items(n, "progress");
    a.progress.reserve(progress.size());
    for (const auto& p : progress)
        if (p.kind == YNode::mapping) a.progress.push_back(read_progress(r, p));
    const auto& measures = Reader::items(n, "measures");
    a.measures.reserve(measures.size());
    for (const auto& m : measures)
        if (Reader::is_text(&m)) {
            Field<std::string> f;
            f.value = m.text;
            f.pos = r.pos(m);
            f.set = true;
            a.measures.push_back(f);
        }
    return a;
}

}  // namespace

void build_plan_file(const YNode& root, std::uint32_t file, Repository& into, Diagnostics& out) {
    Reader r(file, out);
    if (root.kind != YNode::mapping) return;
    if (auto v = r.integer(Reader::get(root, "version"))) into.version = *v;

    if (const YNode* p = Reader::get(root, "plan"); p && p->kind == YNode::mapping) {
        auto& info = into.plan;
        info.id = r.id(*p);
        info.title = r.str(*p, "title");
        info.authority = r.str(*p, "authority");
        info.service = r.str(*p, "service");
        info.owner = r.str(*p, "owner");
        info.vision = r.str(*p, "vision");
        info.start = r.date(*p, "start");
        info.end = r.date(*p, "end");
        info.priorities = r.texts(*p, "priorities");
    }
    if (const YNode* i = Reader::get(root, "inspection"); i && i->kind == YNode::mapping) {
        auto& insp = into.inspection;
        insp.body = r.str(*i, "body");
        insp.framework = r.str(*i, "framework");
        insp.start = r.date(*i, "start");
        insp.end = r.date(*i, "end");
        insp.published = r.date(*i, "published");
        for (const auto& j : Reader::items(*i, "judgements")) {
            if (j.kind != YNode::mapping) continue;
            insp.judgements.push_back({r.str(j, "area"), r.word<Grade>(j, "grade", grade_from), r.pos(j)});
        }
        for (const auto& rec : Reader::items(*i, "recommendations")) {
            if (rec.kind != YNode::mapping) continue;
            insp.recommendations.push_back({r.integer(Reader::get(rec, "id")), r.str(rec, "title"), r.str(rec, "text")});
        }
        for (const auto& v : Reader::items(*i, "visits")) {
            if (v.kind != YNode::mapping) continue;
            insp.visits.push_back({r.date(v, "date"), r.str(v, "kind"), r.str(v, "focus"), r.str(v, "outcome")});
        }
    }
    for (const auto& t : Reader::items(root, "themes")) {
        if (t.kind != YNode::mapping) continue;
        into.themes.push_back({r.id(t), r.str(t, "title"), r.str(t, "lead"), r.str(t, "description")});
    }
    for (const auto& m : Reader::items(root, "meetings")) {
        if (m.kind != YNode::mapping) continue;
        Meeting meeting{r.id(m), r.str(m, "title"), r.word<Cadence>(m, "cadence", cadence_from), {}};
        for (const auto& d : Reader::items(m, "dates")) meeting.dates.push_back(r.date_node(&d));
        into.meetings.push_back(std::move(meeting));
    }
}

void build_actions_file(const YNode& root, std::uint32_t file, Repository& into, Diagnostics& out) {
    Reader r(file, out);
    if (root.kind != YNode::mapping) return;
    const auto& actions = Reader::items(root, "actions");
    into.actions.reserve(into.actions.size() + actions.size());
    for (const auto& a : actions)
        if (a.kind == YNode::mapping) into.actions.push_back(read_action(r, a));
}

void build_kpi_file(const YNode& root, std::uint32_t file, Repository& into, Diagnostics& out) {
    Reader r(file, out);
    const YNode* k = Reader::get(root, "kpi");
    if (!k || k->kind != YNode::mapping) return;
    Kpi kpi;
    kpi.pos = r.pos(*k);
    kpi.id = r.id(*k);
    kpi.title = r.str(*k, "title");
    kpi.owner = r.str(*k, "owner");
    kpi.description = r.str(*k, "description");
    kpi.source = r.str(*k, "source");
    kpi.unit = r.word<Unit>(*k, "unit", unit_from);
    kpi.better = r.word<Better>(*k, "better", better_from);
    kpi.frequency = r.word<Frequency>(*k, "frequency", frequency_from);
    kpi.tolerance = r.number(*k, "tolerance");
    // Beyond the schema's maximum the schema check has said so, at the value;
    // the default stands in only for a plan read despite its errors.
    if (auto lag = r.integer(Reader::get(*k, "lag")); lag && *lag <= limits::kMaxLagDays) kpi.lag_days = *lag;
    if (const YNode* t = Reader::get(*k, "target"); t && t->kind == YNode::mapping) {
        KpiTarget target;
        target.trend = r.str(*t, "trend") == "year-on-year";
        target.value = r.number(*t, "value");
        target.by = r.due(*t, "by");
        if (target.trend != static_cast<bool>(target.value)) {
            kpi.target.value = target;
            kpi.target.pos = r.pos(*t);
            kpi.target.set = true;
        }
    }
    for (const auto& c : Reader::items(*k, "comparators")) {
        if (c.kind != YNode::mapping) continue;
        auto value = r.number(c, "value");
        kpi.comparators.push_back({r.str(c, "name"), value.value, r.period(c, "period")});
    }
    const auto& data = Reader::items(*k, "data");
    kpi.data.reserve(data.size());
    for (const auto& d : data) {
        if (d.kind != YNode::mapping) continue;
        DataPoint point{r.period(d, "period"), r.number(d, "value"), r.str(d, "note"), r.pos(d), {}};
        for (const auto& old : Reader::items(d, "restated"))
            if (old.kind == YNode::mapping)
                point.restated.push_back({r.number(old, "value"), r.date(old, "on"), r.str(old, "reason")});
        kpi.data.push_back(std::move(point));
    }
    into.kpis.push_back(std::move(kpi));
}

}  // namespace plan
