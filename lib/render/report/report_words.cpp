#include "render/report/report_words.hpp"

#include <fmt/format.h>

#include <cctype>

#include "model/vocabulary.hpp"
#include "render/common/figures.hpp"

namespace plan {

std::string due_words(const Due& due) {
    if (due.month_only) return fmt::format("{} {}", month_name(due.date.month()), due.date.year());
    return due.date.long_form();
}

std::string period_words(const Period& p) {
    switch (p.kind) {
    case PeriodKind::month: return fmt::format("{} {}", month_name(p.end.month()), p.end.year());
    case PeriodKind::snapshot: return p.end.long_form();
    default: return p.text;
    }
}

std::string period_words(const std::string& text) {
    Parsed<Period> p = parse_period(text);
    return p.value ? period_words(*p.value) : text;
}

std::string period_short(const Period& p) {
    if (p.kind == PeriodKind::month)
        return fmt::format("{} {}", std::string(month_name(p.end.month())).substr(0, 3), p.end.year());
    if (p.kind == PeriodKind::snapshot)
        return fmt::format("{} {} {}", p.end.day(), std::string(month_name(p.end.month())).substr(0, 3), p.end.year());
    return p.text;
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string state_word(State s) { return capitalised(words(s)); }

Brag state_tone(State s) {
    switch (s) {
    case State::complete: return Brag::blue;
    case State::overdue:
    case State::blocked: return Brag::red;
    case State::due_soon: return Brag::amber;
    case State::on_track:
    case State::ongoing: return Brag::green;
    case State::dropped: return Brag::none;
    }
    return Brag::none;
}

std::string rag_word(Brag b) { return b == Brag::none ? "Not rated" : capitalised(words(b)); }

std::string grade_word(const Field<Grade>& g) { return g ? capitalised(words(*g)) : "Not recorded"; }

std::string direction_word(Direction d) { return capitalised(words(d)); }

Span state_tag(State s) { return tag(state_word(s), state_tone(s)); }
Span rag_tag(Brag b) { return tag(rag_word(b), b); }
Span exempt_tag() { return tag("Exempt", Brag::none); }

std::string is_are(int n) { return n == 0 ? "none is" : fmt::format("{} {}", with_thousands(n), n == 1 ? "is" : "are"); }

std::string the_title(const std::string& title) {
    if (title.empty()) return "the committee";
    return title.rfind("The ", 0) == 0 || title.rfind("the ", 0) == 0 ? title : "the " + title;
}

std::string recommendation_links(const Action& a) {
    std::string s;
    for (const auto& r : a.recommendations) {
        std::string one = r.kind == RecommendationRef::all     ? std::string("all")
                          : r.kind == RecommendationRef::range ? fmt::format("{}-{}", r.from, r.to)
                                                               : fmt::format("{}", r.from);
        s += (s.empty() ? "" : ", ") + one;
    }
    return s.empty() ? "None" : s;
}

std::string leads_text(const std::vector<std::string>& leads) {
    std::string s;
    for (const auto& l : leads) s += (s.empty() ? "" : "; ") + l;
    return s.empty() ? "No lead named" : s;
}

std::string action_name(const Action& a) {
    std::string id = a.id ? *a.id : "?";
    return a.title.empty() ? id : id + ": " + a.title;
}

std::string kpi_latest_text(const Kpi& kpi, const KpiState& s) {
    if (!s.latest || !s.latest->value) return "No figures";
    return fmt::format("{} ({})", kpi_value(kpi, *s.latest->value), period_words(*s.latest->period));
}

std::string kpi_target_words(const Kpi& kpi) {
    if (!kpi.target) return "None set";
    const KpiTarget& t = *kpi.target;
    if (t.trend) return "Better than a year earlier";
    if (!t.value) return "None set";
    std::string s = kpi_value(kpi, *t.value);
    if (kpi.better) s += *kpi.better == Better::lower ? " or lower" : " or more";
    if (t.by) s += " by " + due_words(*t.by);
    return s;
}

std::string comparators_text(const Kpi& kpi) {
    std::string s;
    for (const auto& c : kpi.comparators) {
        s += (s.empty() ? "" : "; ") + c.name + " " + kpi_value(kpi, c.value);
        if (c.period) s += " (" + period_words(*c.period) + ")";
    }
    return s.empty() ? "None" : s;
}

}  // namespace plan
