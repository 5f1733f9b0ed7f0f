#pragma once
// Words and colours shared by the status and overdue renderers.
#include <fmt/color.h>

#include <optional>
#include <string>

#include "model/plan.hpp"
#include "query/action_state.hpp"
#include "query/kpi_state.hpp"
#include "query/overdue_view.hpp"
#include "query/status_view.hpp"

namespace plan {

std::optional<fmt::terminal_color> color_of(Brag b);
std::optional<fmt::terminal_color> color_of(State s);
std::string state_label(State s);  // "OVERDUE", "DUE SOON"
std::string id_of(const Action& a);
std::string id_of(const Kpi& k);
// A theme's title, else its id; for actions whose theme is unknown, a note saying so.
std::string theme_name(const Theme* t);
// "LO-3", "LO-3 step 2", or "PE-1 review" for an ongoing action's missed review
std::string item_id(const DueItem& item);
// The step's title, or the action's.
std::string item_title(const DueItem& item);
// The one mark of exempt information (Schedule 12A, Part II) in the text and
// Markdown views; papers use the same word as a tag (report_words exempt_tag).
// Each returns `shown` unchanged when the item is not exempt; `shown` is
// already escaped for where it goes.
std::string exempt_marked_text(const std::string& shown, bool exempt);      // "[EXEMPT] NB-4"
std::string exempt_marked_markdown(const std::string& shown, bool exempt);  // "NB-4 **Exempt**"

// "; 1 dropped" after "5 of 26 complete", or nothing: dropped actions are
// counted apart from the actions progress is measured against.
std::string dropped_apart(const Tally& t);
// "1-3, 5, 8-9"
std::string number_ranges(std::vector<int> numbers);
// The plan's period in words: "10 March 2017 to 31 March 2020"
std::string plan_period(const Repository& repo);
// A visit in a line: "monitoring visit on 13 June 2017: Children in need"
// A visit's kind in words, in lower case but for names ("DfE review").
std::string visit_kind_words(const std::string& kind);
std::string visit_summary(const Visit& visit);

}  // namespace plan
