// gen_corpus: the benchmark's inputs, generated from a fixed seed so that
// every machine gets the same bytes.
//
//   gen_corpus stress  DIR            200 action files (20,000 actions), 500 KPIs of
//                                     120 monthly points, 40 recommendations, 10 themes
//   gen_corpus typical DIR            a repository the size of examples/leicestershire-2017
//   gen_corpus history FILE           a `git fast-import` stream: a typical repository,
//                                     then 1,000 commits over three years, each editing one
//                                     or two files
//   gen_corpus tasks FILE TODAY        the stress corpus's actions as Taskwarrior import
//                                     JSON, dates moved so that the corpus's as-of date
//                                     (2019-06-30) falls on TODAY (YYYY-MM-DD)
//
// The corpus validates without errors at --as-of 2019-06-30 (stress, typical) and
// 2020-03-31 (history's last commit); warnings (rag-optimism, kpi-stale) are expected.
// No Python: this builds with the project's compiler on a fresh machine.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

// ---- seeded PRNG (splitmix64) ------------------------------------------------

struct Rng {
    std::uint64_t s;
    explicit Rng(std::uint64_t seed) : s(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
    bool chance(int percent) { return below(100) < percent; }
};

// ---- dates (days since 1970-01-01, proleptic Gregorian) ------------------------

int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civil_from_days(int z, int& y, int& m, int& d) {
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
}

std::string iso(int day) {
    int y, m, d;
    civil_from_days(day, y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

std::string month_of(int day) { return iso(day).substr(0, 7); }

int last_day_of_month(int day) {
    int y, m, d;
    civil_from_days(day, y, m, d);
    return (m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1)) - 1;
}

int parse_day(const std::string& s) {
    int y = 0, m = 0, d = 1;
    std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d);
    int day = days_from_civil(y, m, s.size() == 7 ? 1 : d);
    return s.size() == 7 ? last_day_of_month(day) : day;
}

const int kPlanStart = days_from_civil(2017, 3, 10);
const int kPlanEnd = days_from_civil(2020, 3, 31);
const int kAsOf = days_from_civil(2019, 6, 30);  // stress and typical

// ---- words ---------------------------------------------------------------------

const char* const kWords[] = {
    "children",   "families",    "social",      "workers",    "managers",    "practice",    "quality",
    "assessment", "plans",       "review",      "audit",      "supervision", "training",    "team",
    "service",    "partners",    "health",      "schools",    "police",      "board",       "data",
    "performance","caseloads",   "thresholds",  "permanence", "placements",  "fostering",   "adoption",
    "care",       "leavers",     "support",     "timely",     "consistent",  "strengthen",  "improve",
    "embed",      "develop",     "agree",       "launch",     "monitor",     "report",      "track",
    "visits",     "meetings",    "workforce",   "recruitment","retention",   "oversight",   "decisions",
    "safeguarding","protection", "early",       "help",       "referrals",   "contacts",    "front",
    "door",       "pathway",     "advisers",    "education",  "employment",  "housing",     "therapy",
    "mental",     "wellbeing",   "voice",       "feedback",   "surveys",     "records",     "system",
    "case",       "management",  "framework",   "standards",  "guidance",    "policy",      "procedures",
    "the",        "and",         "with",        "for",        "across",      "every",       "new",
    "monthly",    "quarterly",   "weekly",      "local",      "regional",    "national",    "multi-agency",
};
constexpr int kWordCount = sizeof kWords / sizeof kWords[0];

const char* const kLeads[] = {
    "Head of Service, Safeguarding Assurance",
    "Head of Service, Practice Workforce Development Lead",
    "Head of Service, Children's Social Care Field Work",
    "AD, Children's Social Care",
    "AD, Education and SEND",
    "Head of Strategy, Performance and Business Intelligence",
    "Principal Social Worker",
    "Head of Commissioning",
};
constexpr int kLeadCount = sizeof kLeads / sizeof kLeads[0];

std::string words(Rng& r, int lo, int hi) {
    int n = r.between(lo, hi);
    std::string s;
    for (int i = 0; i < n; ++i) {
        if (i) s += (r.chance(8) ? ", " : " ");
        s += kWords[r.below(kWordCount)];
    }
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string sentence(Rng& r, int lo, int hi) { return words(r, lo, hi) + "."; }

// ---- the model -----------------------------------------------------------------

struct Step {
    std::string title, due, status, done;
};

struct Progress {
    int date = 0;
    std::string rag, note;
};

struct Action {
    std::string id, title, theme, status, due, done, review, reason, success;
    std::vector<std::string> recs, leads, measures;
    std::vector<Step> steps;
    std::vector<Progress> progress;
    bool exempt = false;
};

struct Kpi {
    std::string id, title, unit, better, frequency, owner, description, source;
    bool trend = false;
    double target = 0;
    std::string target_by;
    double tolerance = 0;
    struct Point {
        std::string period;
        double value;
        std::string note;
    };
    std::vector<Point> data;
};

struct Shape {
    int action_files, actions_per_file, kpis, points, recommendations, themes, steps_max, progress;
    int as_of;
};

const Shape kStress{200, 100, 500, 120, 40, 10, 3, 3, kAsOf};
const Shape kTypical{4, 7, 11, 24, 17, 5, 3, 3, kAsOf};
// History starts from a typical plan as it stood just after it was agreed.
const Shape kHistoryBase{4, 7, 11, 12, 17, 5, 3, 1, days_from_civil(2017, 3, 31)};

struct Corpus {
    Shape shape;
    std::vector<std::string> theme_ids, kpi_ids;
    std::vector<std::vector<Action>> files;  // actions per file
    std::vector<Kpi> kpis;
    std::string plan_yaml;
};

std::string kpi_id(int k) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "kpi-%04d", k + 1);
    return buf;
}

Action make_action(Rng& r, const Corpus& c, int file, int index, int serial) {
    const Shape& s = c.shape;
    Action a;
    char id[32];
    std::snprintf(id, sizeof id, "A%03d-%03d", file + 1, index + 1);
    a.id = id;
    a.title = words(r, 5, 10);
    a.theme = c.theme_ids[static_cast<std::size_t>(serial) % c.theme_ids.size()];
    // Every recommendation linked (coverage), plus a few more links.
    a.recs.push_back(std::to_string(serial % s.recommendations + 1));
    if (r.chance(30)) {
        int from = r.between(1, s.recommendations - 2);
        a.recs.push_back("\"" + std::to_string(from) + "-" + std::to_string(from + r.between(1, 2)) + "\"");
    }
    if (r.chance(3)) a.recs.push_back("all");
    for (int i = 0, n = r.between(1, 2); i < n; ++i) {
        std::string lead = kLeads[r.below(kLeadCount)];
        if (a.leads.empty() || a.leads[0] != lead) a.leads.push_back(lead);
    }
    int roll = r.below(100);
    a.status = roll < 30 ? "done" : roll < 60 ? "in-progress" : roll < 72 ? "not-started" : roll < 80 ? "blocked"
             : roll < 92 ? "ongoing" : "dropped";
    int last = s.as_of;
    int due_day = r.between(kPlanStart + 20, kPlanEnd);
    if (a.status == "done") due_day = r.between(kPlanStart + 20, std::min(kPlanEnd, last + 60));
    if (a.status != "ongoing") {
        bool month = r.chance(50);
        a.due = month ? month_of(due_day) : iso(due_day);
        if (month) due_day = last_day_of_month(due_day);
    }
    if (a.status == "done") a.done = iso(std::min(last, due_day + r.between(-40, 20)));
    if (a.status == "ongoing") a.review = iso(r.between(last, kPlanEnd));
    if (a.status == "dropped") a.reason = sentence(r, 10, 24);
    int steps = r.between(1, s.steps_max);
    for (int i = 0; i < steps; ++i) {
        Step st;
        st.title = words(r, 4, 9);
        int sd = a.status == "ongoing" ? r.between(kPlanStart + 10, kPlanEnd)
                                       : r.between(std::max(kPlanStart + 10, due_day - 300), due_day);
        if (sd < kPlanStart + 10) sd = kPlanStart + 10;
        if (a.status != "ongoing" && sd > due_day) sd = due_day;
        st.due = iso(sd);
        if (sd < last && r.chance(70)) {
            st.status = "done";
            st.done = iso(std::min(last, sd + r.between(-10, 10)));
        } else {
            st.status = r.chance(60) ? "in-progress" : "not-started";
        }
        a.steps.push_back(st);
    }
    int p0 = kPlanStart - 20;
    int span = std::max(1, (last - p0) / std::max(1, s.progress));
    for (int i = 0; i < s.progress; ++i) {
        Progress p;
        p.date = std::min(last, p0 + i * span + r.between(0, span - 1));
        static const char* const rags[] = {"green", "amber", "red"};
        p.rag = rags[r.below(10) < 6 ? 0 : r.below(10) < 7 ? 1 : 2];
        p.note = sentence(r, 10, 22);
        a.progress.push_back(p);
    }
    int m = r.between(0, 2);
    for (int i = 0; i < m; ++i) {
        std::string k = c.kpi_ids[static_cast<std::size_t>(r.below(static_cast<int>(c.kpi_ids.size())))];
        bool dup = false;
        for (const auto& x : a.measures) dup = dup || x == k;
        if (!dup) a.measures.push_back(k);
    }
    a.success = sentence(r, 8, 16);
    a.exempt = r.chance(2);
    return a;
}

Kpi make_kpi(Rng& r, const Shape& s, int k) {
    Kpi kpi;
    kpi.id = kpi_id(k);
    kpi.title = words(r, 5, 12);
    static const char* const units[] = {"percent", "count", "days", "weeks", "rate-per-10k", "ratio"};
    kpi.unit = units[r.below(6)];
    kpi.better = r.chance(50) ? "lower" : "higher";
    kpi.frequency = "monthly";
    kpi.owner = kLeads[r.below(kLeadCount)];
    kpi.description = sentence(r, 14, 30);
    kpi.source = "Monthly performance pack";
    kpi.trend = r.chance(40);
    kpi.target = r.between(100, 900) / 10.0;
    if (r.chance(50)) kpi.target_by = month_of(r.between(kPlanStart, kPlanEnd));
    kpi.tolerance = r.between(1, 30) / 10.0;
    // `points` months ending with the month before the as-of date.
    int y, m, d;
    civil_from_days(s.as_of, y, m, d);
    int month_index = y * 12 + (m - 1) - 1;  // the month before
    double v = r.between(100, 900) / 10.0;
    for (int i = s.points - 1; i >= 0; --i) {
        int mi = month_index - i;
        char period[16];
        std::snprintf(period, sizeof period, "%04d-%02d", mi / 12, mi % 12 + 1);
        v += r.between(-20, 20) / 10.0;
        if (v < 0) v = 0.5;
        Kpi::Point p{period, v, r.chance(5) ? sentence(r, 4, 10) : std::string()};
        kpi.data.push_back(p);
    }
    return kpi;
}

std::string fixed1(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string render_plan(Rng& r, const Shape& s, const std::vector<std::string>& themes) {
    std::ostringstream o;
    o << "# Generated by tests/bench/gen_corpus (seeded); see docs/performance.md\n"
         "version: 1\n\n"
         "plan:\n"
         "  id: bench-plan\n"
         "  title: \"Children's Services Improvement Plan 2017-2020\"\n"
         "  authority: Benchmark County Council\n"
         "  service: Children and Family Services\n"
         "  owner: Director of Children and Family Services\n"
         "  start: " << iso(kPlanStart) << "\n"
         "  end: " << iso(kPlanEnd) << "\n"
         "  vision: \"" << sentence(r, 8, 16) << "\"\n"
         "  priorities:\n";
    for (int i = 0; i < 3; ++i) o << "    - \"" << words(r, 4, 8) << "\"\n";
    o << "\ninspection:\n"
         "  body: Ofsted\n"
         "  framework: Single Inspection Framework\n"
         "  start: 2016-11-14\n"
         "  end: 2016-12-08\n"
         "  published: 2017-02-13\n"
         "  judgements:\n";
    static const char* const areas[] = {"Overall effectiveness", "Children who need help and protection",
                                        "Children looked after and achieving permanence", "Adoption performance",
                                        "Experiences and progress of care leavers",
                                        "\"Leadership, management and governance\""};
    for (const char* a : areas) o << "    - area: " << a << "\n      grade: requires-improvement\n";
    o << "  recommendations:\n";
    for (int i = 1; i <= s.recommendations; ++i)
        o << "    - id: " << i << "\n      title: " << words(r, 2, 5) << "\n      text: \"" << sentence(r, 20, 40)
          << "\"\n";
    o << "  visits:\n"
         "    - date: 2017-06-13\n"
         "      kind: peer-review\n"
         "      focus: \"" << words(r, 5, 10) << "\"\n"
         "      outcome: \"" << sentence(r, 10, 20) << "\"\n"
         "\nthemes:\n";
    for (const auto& t : themes)
        o << "  - id: " << t << "\n    title: " << words(r, 2, 4) << "\n    lead: \"" << kLeads[r.below(kLeadCount)]
          << "\"\n    description: \"" << sentence(r, 15, 30) << "\"\n";
    o << "\nmeetings:\n"
         "  - id: board\n"
         "    title: Improvement Board\n"
         "    cadence: monthly\n"
         "    dates:\n";
    for (int y = 2017; y <= 2020; ++y)
        for (int m = 1; m <= 12; ++m) {
            int day = days_from_civil(y, m, 20);
            if (day >= kPlanStart && day <= kPlanEnd) o << "      - " << iso(day) << "\n";
        }
    o << "  - id: scrutiny\n"
         "    title: Children and Families Overview and Scrutiny Committee\n"
         "    cadence: quarterly\n"
         "    dates: [2017-06-05, 2017-09-04, 2017-11-06, 2018-03-05, 2018-06-04, 2018-09-03, 2018-11-05, "
         "2019-03-04, 2019-06-03, 2019-09-02, 2019-11-04, 2020-03-02]\n";
    return o.str();
}

std::string render_actions(const std::vector<Action>& actions, int file) {
    std::ostringstream o;
    o << "# Actions, file " << file + 1 << " (generated)\nactions:\n";
    for (const auto& a : actions) {
        o << "  - id: " << a.id << "\n    title: \"" << a.title << "\"\n    theme: " << a.theme
          << "\n    recommendations: [";
        for (std::size_t i = 0; i < a.recs.size(); ++i) o << (i ? ", " : "") << a.recs[i];
        o << "]\n    leads:\n";
        for (const auto& l : a.leads) o << "      - \"" << l << "\"\n";
        if (!a.due.empty()) o << "    due: " << a.due << "\n";
        o << "    status: " << a.status << "\n";
        if (!a.done.empty()) o << "    done: " << a.done << "\n";
        if (!a.review.empty()) o << "    review: " << a.review << "\n";
        if (!a.reason.empty()) o << "    reason: \"" << a.reason << "\"\n";
        if (a.exempt) o << "    exempt: true\n";
        o << "    steps:\n";
        for (const auto& s : a.steps) {
            o << "      - title: " << s.title << "\n        due: " << s.due << "\n        status: " << s.status << "\n";
            if (!s.done.empty()) o << "        done: " << s.done << "\n";
        }
        o << "    progress:\n";
        for (const auto& p : a.progress)
            o << "      - date: " << iso(p.date) << "\n        rag: " << p.rag << "\n        note: \"" << p.note << "\"\n";
        if (!a.measures.empty()) {
            o << "    measures: [";
            for (std::size_t i = 0; i < a.measures.size(); ++i) o << (i ? ", " : "") << a.measures[i];
            o << "]\n";
        }
        o << "    success: >-\n      " << a.success << "\n\n";
    }
    return o.str();
}

std::string render_kpi(const Kpi& k) {
    std::ostringstream o;
    o << "kpi:\n  id: " << k.id << "\n  title: \"" << k.title << "\"\n  unit: " << k.unit << "\n  better: " << k.better
      << "\n  frequency: " << k.frequency << "\n  owner: \"" << k.owner << "\"\n  description: \"" << k.description
      << "\"\n  source: \"" << k.source << "\"\n";
    if (k.trend) o << "  target: {trend: year-on-year}\n";
    else if (k.target_by.empty()) o << "  target: {value: " << fixed1(k.target) << "}\n";
    else o << "  target:\n    value: " << fixed1(k.target) << "\n    by: " << k.target_by << "\n";
    o << "  tolerance: " << fixed1(k.tolerance) << "\n  comparators:\n"
      << "    - {name: \"England\", value: " << fixed1(k.target + 1.5) << ", period: \"2017/18\"}\n"
      << "  data:\n";
    for (const auto& p : k.data) {
        o << "    - {period: " << p.period << ", value: " << fixed1(p.value);
        if (!p.note.empty()) o << ", note: \"" << p.note << "\"";
        o << "}\n";
    }
    return o.str();
}

std::string action_file_name(int f) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "actions/workstream-%03d.yaml", f + 1);
    return buf;
}

Corpus build(const Shape& s, std::uint64_t seed) {
    Rng r(seed);
    Corpus c;
    c.shape = s;
    for (int t = 0; t < s.themes; ++t) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "theme-%02d", t + 1);
        c.theme_ids.push_back(buf);
    }
    for (int k = 0; k < s.kpis; ++k) c.kpi_ids.push_back(kpi_id(k));
    c.plan_yaml = render_plan(r, s, c.theme_ids);
    int serial = 0;
    for (int f = 0; f < s.action_files; ++f) {
        c.files.emplace_back();
        for (int i = 0; i < s.actions_per_file; ++i) c.files.back().push_back(make_action(r, c, f, i, serial++));
    }
    for (int k = 0; k < s.kpis; ++k) c.kpis.push_back(make_kpi(r, s, k));
    return c;
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) {
        std::cerr << "gen_corpus: cannot write " << path << "\n";
        std::exit(1);
    }
}

void write_corpus(const Corpus& c, const std::string& dir) {
    ::mkdir(dir.c_str(), 0755);
    ::mkdir((dir + "/actions").c_str(), 0755);
    ::mkdir((dir + "/kpis").c_str(), 0755);
    write_file(dir + "/plan.yaml", c.plan_yaml);
    for (std::size_t f = 0; f < c.files.size(); ++f)
        write_file(dir + "/" + action_file_name(static_cast<int>(f)), render_actions(c.files[f], static_cast<int>(f)));
    for (const auto& k : c.kpis) write_file(dir + "/kpis/" + k.id + ".yaml", render_kpi(k));
}

// ---- history -------------------------------------------------------------------

void blob(std::ostream& o, const std::string& path, const std::string& text) {
    o << "M 100644 inline " << path << "\ndata " << text.size() << "\n" << text << "\n";
}

void write_history(const std::string& path) {
    Corpus c = build(kHistoryBase, 0x5EED0002);
    Rng r(0x5EED0003);
    std::ofstream o(path, std::ios::binary);
    static const char* const authors[][2] = {{"Asha Patel", "asha.patel"},     {"Ben Carter", "ben.carter"},
                                             {"Chloe Evans", "chloe.evans"},   {"Dev Sharma", "dev.sharma"},
                                             {"Emma Hughes", "emma.hughes"}};
    const int kCommits = 1000;
    const long long first = static_cast<long long>(days_from_civil(2017, 4, 3)) * 86400 + 9 * 3600;
    const long long last = static_cast<long long>(days_from_civil(2020, 3, 27)) * 86400 + 9 * 3600;
    auto commit = [&](int n, const std::string& message, const std::vector<std::pair<std::string, std::string>>& files) {
        const auto* who = authors[n % 5];
        long long when = first + (last - first) * n / (kCommits - 1);
        o << "commit refs/heads/main\nmark :" << n + 1 << "\nauthor " << who[0] << " <" << who[1]
          << "@council.example> " << when << " +0000\ncommitter " << who[0] << " <" << who[1] << "@council.example> "
          << when << " +0000\ndata " << message.size() << "\n" << message << "\n";
        if (n > 0) o << "from :" << n << "\n";
        for (const auto& f : files) blob(o, f.first, f.second);
        o << "\n";
    };
    // Commit 0: the plan as agreed.
    {
        std::vector<std::pair<std::string, std::string>> files{{"plan.yaml", c.plan_yaml}};
        for (std::size_t f = 0; f < c.files.size(); ++f)
            files.push_back({action_file_name(static_cast<int>(f)), render_actions(c.files[f], static_cast<int>(f))});
        for (const auto& k : c.kpis) files.push_back({"kpis/" + k.id + ".yaml", render_kpi(k)});
        commit(0, "Improvement plan as agreed by Cabinet\n", files);
    }
    for (int n = 1; n < kCommits; ++n) {
        long long when = first + (last - first) * n / (kCommits - 1);
        int today = static_cast<int>(when / 86400);
        std::vector<std::pair<std::string, std::string>> files;
        std::string message;
        int edits = r.chance(30) ? 2 : 1;
        std::vector<int> touched_actions;
        for (int e = 0; e < edits; ++e) {
            int kind = r.below(100);
            if (kind < 70) {
                int f = r.below(static_cast<int>(c.files.size()));
                bool again = false;
                for (int t : touched_actions) again = again || t == f;
                if (again) continue;
                touched_actions.push_back(f);
                Action& a = c.files[static_cast<std::size_t>(f)][static_cast<std::size_t>(
                    r.below(static_cast<int>(c.files[static_cast<std::size_t>(f)].size())))];
                bool open = a.status != "done" && a.status != "dropped";
                if (kind < 35 || !open) {
                    // A progress note appended.
                    Progress p{today, open ? (r.chance(60) ? "green" : "amber") : "green", sentence(r, 12, 30)};
                    if (!a.progress.empty() && a.progress.back().date > today) p.date = a.progress.back().date;
                    a.progress.push_back(p);
                    message += "Progress update on " + a.id + "\n";
                } else if (kind < 55 && a.status != "ongoing") {
                    // The due date moves: mostly later, sometimes earlier.
                    int y, m, d;
                    std::string due = a.due.size() == 7 ? a.due + "-01" : a.due;
                    std::sscanf(due.c_str(), "%d-%d-%d", &y, &m, &d);
                    int day = days_from_civil(y, m, a.due.size() == 7 ? 1 : d);
                    day += r.chance(80) ? r.between(14, 120) : -r.between(7, 30);
                    if (day > kPlanEnd) day = kPlanEnd;
                    if (day < today) day = today + 30;
                    if (day > kPlanEnd) day = kPlanEnd;
                    a.due = r.chance(50) ? month_of(day) : iso(day);
                    message += "Move the due date of " + a.id + " to " + a.due + "\n";
                } else if (a.status == "ongoing") {
                    a.review = iso(std::min(kPlanEnd, std::max(today, parse_day(a.review)) + r.between(30, 120)));
                    message += "Next review of " + a.id + " on " + a.review + "\n";
                } else {
                    // A status change.
                    if (a.status == "not-started") a.status = "in-progress";
                    else if (a.status == "in-progress" && r.chance(60)) {
                        a.status = "done";
                        a.done = iso(today);
                        a.review.clear();
                    } else if (a.status == "in-progress") a.status = "blocked";
                    else if (a.status == "blocked") a.status = "in-progress";
                    message += "Status of " + a.id + " is now " + a.status + "\n";
                }
                files.push_back({action_file_name(f), render_actions(c.files[static_cast<std::size_t>(f)], f)});
            } else {
                Kpi& k = c.kpis[static_cast<std::size_t>(r.below(static_cast<int>(c.kpis.size())))];
                bool same = false;
                for (const auto& fl : files) same = same || fl.first == "kpis/" + k.id + ".yaml";
                if (same) continue;
                // A figure added for the month just ended, or the latest restated.
                int y, m, d;
                civil_from_days(today, y, m, d);
                int mi = y * 12 + (m - 1) - 1;
                char period[16];
                std::snprintf(period, sizeof period, "%04d-%02d", mi / 12, mi % 12 + 1);
                double v = k.data.empty() ? 50 : k.data.back().value + r.between(-15, 15) / 10.0;
                if (v < 0) v = 0.5;
                if (!k.data.empty() && k.data.back().period >= period) {
                    k.data.back().value = v;
                    k.data.back().note = "Restated after data cleansing";
                    message += "Restate " + k.id + " for " + k.data.back().period + "\n";
                } else {
                    k.data.push_back({period, v, ""});
                    message += "Add " + k.id + " figure for " + std::string(period) + "\n";
                }
                files.push_back({"kpis/" + k.id + ".yaml", render_kpi(k)});
            }
        }
        if (files.empty()) {
            Action& a = c.files[0][0];
            a.progress.push_back({std::max(today, a.progress.empty() ? 0 : a.progress.back().date), "green",
                                  sentence(r, 12, 30)});
            message += "Progress update on " + a.id + "\n";
            files.push_back({action_file_name(0), render_actions(c.files[0], 0)});
        }
        commit(n, message, files);
    }
    o << "done\n";
}

// ---- Taskwarrior ---------------------------------------------------------------

std::string tw_date(int day) {
    int y, m, d;
    civil_from_days(day, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT120000Z", y, m, d);
    return buf;
}

void write_tasks(const std::string& path, int today) {
    Corpus c = build(kStress, 0x5EED0001);
    int shift = today - kAsOf;
    std::ofstream o(path, std::ios::binary);
    o << "[\n";
    bool first = true;
    for (const auto& file : c.files)
        for (const auto& a : file) {
            std::string status = a.status == "done" ? "completed" : a.status == "dropped" ? "deleted" : "pending";
            o << (first ? "" : ",\n") << "{\"description\":\"" << a.id << " " << a.title << "\",\"project\":\""
              << a.theme << "\",\"status\":\"" << status << "\",\"entry\":\"" << tw_date(kPlanStart + shift) << "\"";
            if (!a.due.empty()) o << ",\"due\":\"" << tw_date(parse_day(a.due) + shift) << "\"";
            if (!a.done.empty()) o << ",\"end\":\"" << tw_date(parse_day(a.done) + shift) << "\"";
            if (status == "deleted") o << ",\"end\":\"" << tw_date(kAsOf - 1 + shift) << "\"";
            o << "}";
            first = false;
        }
    o << "\n]\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "stress" && argc == 3) {
        write_corpus(build(kStress, 0x5EED0001), argv[2]);
    } else if (mode == "typical" && argc == 3) {
        write_corpus(build(kTypical, 0x5EED0004), argv[2]);
    } else if (mode == "history" && argc == 3) {
        write_history(argv[2]);
    } else if (mode == "tasks" && argc == 4 && std::strlen(argv[3]) == 10) {
        write_tasks(argv[2], parse_day(argv[3]));
    } else {
        std::cerr << "usage: gen_corpus stress DIR | typical DIR | history FILE | tasks FILE TODAY\n";
        return 2;
    }
    return 0;
}
