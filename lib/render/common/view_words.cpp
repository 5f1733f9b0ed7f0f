#include "render/common/view_words.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

std::optional<fmt::terminal_color> color_of(Brag b) {
    switch (b) {
    case Brag::blue: return fmt::terminal_color::bright_blue;
    case Brag::red: return fmt::terminal_color::bright_red;
    case Brag::amber: return fmt::terminal_color::yellow;
    case Brag::green: return fmt::terminal_color::green;
    case Brag::none: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<fmt::terminal_color> color_of(State s) {
    switch (s) {
    case State::complete: return fmt::terminal_color::bright_blue;
    case State::overdue:
    case State::blocked: return fmt::terminal_color::bright_red;
    case State::due_soon: return fmt::terminal_color::yellow;
    case State::on_track:
    case State::ongoing: return fmt::terminal_color::green;
    case State::dropped: return std::nullopt;
    }
    return std::nullopt;
}

std::string state_label(State s) {
    std::string w = words(s);
    std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return w;
}

std::string exempt_marked_text(const std::string& shown, bool exempt) {
    return exempt ? "[EXEMPT] " + shown : shown;  // first, so that shortening a line never cuts it
}

std::string exempt_marked_markdown(const std::string& shown, bool exempt) {
    return exempt ? shown + " **Exempt**" : shown;
}

std::string dropped_apart(const Tally& t) {
    int n = t.count(State::dropped);
    return n ? fmt::format("; {} dropped", n) : std::string();
}

std::string id_of(const Action& a) { return a.id ? *a.id : "?"; }
std::string id_of(const Kpi& k) { return k.id ? *k.id : "?"; }

std::string theme_name(const Theme* t) {
    if (!t) return "(theme not in plan.yaml)";
    return t->title.empty() ? (t->id ? *t->id : "?") : t->title;
}

std::string item_id(const DueItem& item) {
    if (item.review) return id_of(*item.action) + " review";
    return item.step ? fmt::format("{} step {}", id_of(*item.action), item.step_number) : id_of(*item.action);
}

std::string item_title(const DueItem& item) { return item.step ? item.step->title : item.action->title; }

std::string number_ranges(std::vector<int> numbers) {
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    std::string r;
    for (std::size_t i = 0; i < numbers.size();) {
        std::size_t j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1) ++j;
        if (!r.empty()) r += ", ";
        r += j == i ? fmt::format("{}", numbers[i]) : fmt::format("{}-{}", numbers[i], numbers[j]);
        i = j + 1;
    }
    return r;
}

std::string plan_period(const Repository& repo) {
    const auto& p = repo.plan;
    if (p.start && p.end) return fmt::format("{} to {}", p.start->long_form(), p.end->long_form());
    if (p.start) return fmt::format("from {}", p.start->long_form());
    return "period not set";
}

std::string visit_kind_words(const std::string& k) {
    // The kinds of docs/format.md, as a reader would say them.
    return k == "monitoring"       ? "monitoring visit"
           : k == "focused"        ? "focused visit"
           : k == "joint-targeted" ? "joint targeted area inspection"
           : k == "dfe-review"     ? "DfE review"
           : k == "peer-review"    ? "peer review"
                                   : "external review";
}

std::string visit_summary(const Visit& visit) {
    std::string kind = visit_kind_words(visit.kind);
    std::string s = visit.date ? fmt::format("{} on {}", kind, visit.date->long_form()) : kind;
    if (!visit.focus.empty()) s += ": " + visit.focus;
    return s;
}

}  // namespace plan
